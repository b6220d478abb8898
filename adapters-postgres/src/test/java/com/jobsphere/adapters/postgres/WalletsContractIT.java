package com.jobsphere.adapters.postgres;

import static com.jobsphere.adapters.postgres.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.application.port.WalletSummary;
import com.jobsphere.domain.common.Conflict;
import com.jobsphere.domain.ledger.Transfers;
import com.jobsphere.domain.money.FeeSchedule;
import com.jobsphere.domain.money.Fees;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.user.Role;
import com.jobsphere.domain.wallet.Wallet;
import com.jobsphere.domain.wallet.Withdrawal;

class WalletsContractIT {
    @ContractTest
    void aNewWalletHasNothingInItAndNoTotals(Backend backend) {
        backend.run(stores -> Seed.customer(stores, "customer"));

        backend.run(stores -> assertThat(stores.wallets().summary("customer")).contains(new WalletSummary(
                Wallet.open("wallet-customer", "customer", T0), Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO)));
    }

    @ContractTest
    void aUserHasOneWallet(Backend backend) {
        backend.run(stores -> Seed.customer(stores, "customer"));

        assertThatThrownBy(() -> backend.run(stores -> stores.wallets().open(Wallet.open("another", "customer", T0))))
                .isInstanceOf(Conflict.class)
                .hasMessage("The user already has a wallet");
        backend.run(stores -> assertThat(stores.wallets().byUser("customer")).map(Wallet::id).contains("wallet-customer"));
    }

    @ContractTest
    void theFrozenStateIsSavedAndTheWalletCanBeLocked(Backend backend) {
        backend.run(stores -> Seed.customer(stores, "customer"));

        backend.run(stores -> {
            Wallet wallet = stores.wallets().lockByUser("customer").orElseThrow();
            stores.wallets().save(wallet.freeze("Chargeback under review", Seed.at(5)));
        });

        backend.run(stores -> {
            Wallet frozen = stores.wallets().byUser("customer").orElseThrow();
            assertThat(frozen.frozen()).isTrue();
            assertThat(frozen.frozenReason()).isEqualTo("Chargeback under review");
            assertThat(frozen.updatedAt()).isEqualTo(Seed.at(5));
            assertThat(stores.wallets().lockByUser("nobody")).isEmpty();
            assertThat(stores.wallets().summary("nobody")).isEmpty();
        });
    }

    /**
     * Earnings are completion payouts received; spending is offer charges paid less refunds received;
     * withdrawals count only once completed.
     */
    @ContractTest
    void theSummaryTotalsEarningsSpendingAndCompletedWithdrawals(Backend backend) {
        Fees fees = FeeSchedule.STANDARD.feesFor(Money.dollars(100));
        backend.run(stores -> {
            Seed.customer(stores, "customer");
            Seed.member(stores, "contractor", Role.CONTRACTOR);
            Seed.fund(stores, "customer", 300_00, "deposit-1");
            stores.ledger().post(Transfers.offerAccepted("accept-1", T0, "customer", fees));
            stores.ledger().post(Transfers.offerRefunded("refund-1", T0, "customer", fees));
            stores.ledger().post(Transfers.offerAccepted("accept-2", T0, "customer", fees));
            stores.ledger().post(Transfers.completionApproved("complete-2", T0, "contractor", fees));
            stores.ledger().post(Transfers.withdrawalReserved("reserve-1", T0, "contractor", Money.dollars(30)));
            stores.ledger().post(Transfers.withdrawalCompleted("pay-out-1", T0, Money.dollars(30)));
            stores.withdrawals().add(Withdrawal.request("withdrawal-1", "contractor", Money.dollars(30), T0)
                    .startProcessing(Seed.openWallet("contractor"), T0).complete("tr_1", T0));
            stores.ledger().post(Transfers.withdrawalReserved("reserve-2", T0, "contractor", Money.dollars(20)));
            stores.withdrawals().add(Withdrawal.request("withdrawal-2", "contractor", Money.dollars(20), T0));
        });

        backend.run(stores -> {
            WalletSummary customer = stores.wallets().summary("customer").orElseThrow();
            assertThat(customer.balance()).isEqualTo(Money.ofCents(195_00));
            assertThat(customer.totalSpent()).isEqualTo(Money.ofCents(105_00));
            assertThat(customer.totalEarnings()).isEqualTo(Money.ZERO);
            WalletSummary contractor = stores.wallets().summary("contractor").orElseThrow();
            assertThat(contractor.balance()).isEqualTo(Money.ofCents(30_00));
            assertThat(contractor.totalEarnings()).isEqualTo(Money.ofCents(80_00));
            assertThat(contractor.totalWithdrawals()).isEqualTo(Money.ofCents(30_00));
            assertThat(contractor.totalSpent()).isEqualTo(Money.ZERO);
        });
    }

    @ContractTest
    void savingAWalletThatWasNeverOpenedIsAProgrammerError(Backend backend) {
        assertThatThrownBy(() -> backend.run(stores -> stores.wallets().save(Wallet.open("ghost", "nobody", T0))))
                .isInstanceOf(IllegalStateException.class);
    }
}
