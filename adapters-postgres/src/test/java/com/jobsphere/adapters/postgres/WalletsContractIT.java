package com.jobsphere.adapters.postgres;

import static com.jobsphere.adapters.postgres.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.application.port.WalletSummary;
import com.jobsphere.domain.common.Conflict;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.OfferId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.common.WithdrawalId;
import com.jobsphere.domain.ledger.Subject;
import com.jobsphere.domain.ledger.Transfers;
import com.jobsphere.domain.money.FeeSchedule;
import com.jobsphere.domain.money.Fees;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.wallet.Wallet;
import com.jobsphere.domain.wallet.Withdrawal;

class WalletsContractIT {
    private static final UserId CUSTOMER = new UserId("customer");
    private static final UserId NOBODY = new UserId("nobody");

    @ContractTest
    void aNewWalletHasNothingInItAndNoTotals(Backend backend) {
        backend.run(stores -> Seed.customer(stores, "customer"));

        backend.run(stores -> assertThat(stores.wallets().summary(CUSTOMER)).contains(new WalletSummary(
                Wallet.open("wallet-customer", CUSTOMER, T0), Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO)));
    }

    @ContractTest
    void aUserHasOneWallet(Backend backend) {
        backend.run(stores -> Seed.customer(stores, "customer"));

        assertThatThrownBy(() -> backend.run(stores -> stores.wallets().open(Wallet.open("another", CUSTOMER, T0))))
                .isInstanceOf(Conflict.class)
                .hasMessage("The user already has a wallet");
        backend.run(stores -> assertThat(stores.wallets().byUser(CUSTOMER)).map(Wallet::id).contains("wallet-customer"));
    }

    @ContractTest
    void theFrozenStateIsSavedAndTheWalletCanBeLocked(Backend backend) {
        backend.run(stores -> Seed.customer(stores, "customer"));

        backend.run(stores -> {
            Wallet wallet = stores.wallets().lockByUser(CUSTOMER).orElseThrow();
            stores.wallets().save(wallet.freeze("Chargeback under review", Seed.at(5)));
        });

        backend.run(stores -> {
            Wallet frozen = stores.wallets().byUser(CUSTOMER).orElseThrow();
            assertThat(frozen.frozen()).isTrue();
            assertThat(frozen.frozenReason()).isEqualTo("Chargeback under review");
            assertThat(frozen.updatedAt()).isEqualTo(Seed.at(5));
            assertThat(stores.wallets().lockByUser(NOBODY)).isEmpty();
            assertThat(stores.wallets().summary(NOBODY)).isEmpty();
        });
    }

    /**
     * Earnings are completion payouts received; spending is offer charges paid less refunds received;
     * withdrawals count only once completed.
     */
    @ContractTest
    void theSummaryTotalsEarningsSpendingAndCompletedWithdrawals(Backend backend) {
        Fees fees = FeeSchedule.STANDARD.feesFor(Money.dollars(100));
        Subject.Offer first = new Subject.Offer(new OfferId("offer-1"), new JobId("job-1"));
        Subject.Offer second = new Subject.Offer(new OfferId("offer-2"), new JobId("job-2"));
        WithdrawalId paid = new WithdrawalId("withdrawal-1");
        WithdrawalId pending = new WithdrawalId("withdrawal-2");
        UserId contractor = new UserId("contractor");
        backend.run(stores -> {
            Seed.customer(stores, "customer");
            Seed.contractor(stores, "contractor");
            Seed.fund(stores, CUSTOMER, 300_00, "deposit-1");
            stores.ledger().post(Transfers.offerAccepted("accept-1", T0, CUSTOMER, fees, first));
            stores.ledger().post(Transfers.offerRefunded("refund-1", T0, CUSTOMER, fees, first));
            stores.ledger().post(Transfers.offerAccepted("accept-2", T0, CUSTOMER, fees, second));
            stores.ledger().post(Transfers.completionApproved("complete-2", T0, contractor, fees, second));
            stores.ledger().post(Transfers.withdrawalReserved("reserve-1", T0, contractor, Money.dollars(30), paid));
            stores.ledger().post(Transfers.withdrawalCompleted("pay-out-1", T0, Money.dollars(30), paid));
            stores.withdrawals().add(Withdrawal.request(paid, contractor, Money.dollars(30), T0)
                    .startProcessing(Seed.openWallet(contractor), T0).complete("tr_1", T0));
            stores.ledger().post(Transfers.withdrawalReserved("reserve-2", T0, contractor, Money.dollars(20), pending));
            stores.withdrawals().add(Withdrawal.request(pending, contractor, Money.dollars(20), T0));
        });

        backend.run(stores -> {
            WalletSummary customer = stores.wallets().summary(CUSTOMER).orElseThrow();
            assertThat(customer.balance()).isEqualTo(Money.ofCents(195_00));
            assertThat(customer.totalSpent()).isEqualTo(Money.ofCents(105_00));
            assertThat(customer.totalEarnings()).isEqualTo(Money.ZERO);
            WalletSummary earner = stores.wallets().summary(contractor).orElseThrow();
            assertThat(earner.balance()).isEqualTo(Money.ofCents(30_00));
            assertThat(earner.totalEarnings()).isEqualTo(Money.ofCents(80_00));
            assertThat(earner.totalWithdrawals()).isEqualTo(Money.ofCents(30_00));
            assertThat(earner.totalSpent()).isEqualTo(Money.ZERO);
        });
    }

    @ContractTest
    void savingAWalletThatWasNeverOpenedIsAProgrammerError(Backend backend) {
        assertThatThrownBy(() -> backend.run(stores -> stores.wallets().save(Wallet.open("ghost", NOBODY, T0))))
                .isInstanceOf(IllegalStateException.class);
    }
}
