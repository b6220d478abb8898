package com.jobsphere.application.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.application.admin.ApproveCompletion;
import com.jobsphere.application.admin.ApproveWithdrawal;
import com.jobsphere.application.admin.RejectWithdrawal;
import com.jobsphere.application.admin.SetWalletFrozen;
import com.jobsphere.application.job.CancelJob;
import com.jobsphere.application.job.RequestCompletion;
import com.jobsphere.application.offer.AcceptOffer;
import com.jobsphere.application.offer.RejectOffer;
import com.jobsphere.application.port.Caller;
import com.jobsphere.application.port.PaymentGatewayUnavailable;
import com.jobsphere.application.port.WalletSummary;
import com.jobsphere.application.wallet.RequestWithdrawal;
import com.jobsphere.application.wallet.StartDeposit;
import com.jobsphere.application.wallet.StartStripeOnboarding;
import com.jobsphere.application.job.JobSettlement;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.common.FieldError;
import com.jobsphere.domain.job.ApplicationStatus;
import com.jobsphere.domain.job.CompletionRequest;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.job.JobApplication;
import com.jobsphere.domain.job.JobStatus;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.offer.Offer;
import com.jobsphere.domain.offer.OfferStatus;
import com.jobsphere.domain.wallet.Withdrawal;
import com.jobsphere.domain.wallet.WithdrawalStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The reference's money flows, with its numbers, through the real use cases and in-memory ports. */
class MoneyFlowsTest {
    private final World world = new World();

    @Test
    void theReferenceHappyPathMovesExactlyTheDocumentedAmounts() {
        Caller customer = world.customer();
        Caller contractor = world.contractor();
        world.deposit(customer, "200");
        assertThat(world.balance(customer)).isEqualTo("200.00");

        Job job = world.job(customer);
        JobApplication application = world.apply(contractor, job);
        Offer offer = world.offer(customer, application, "100");
        assertThat(offer.fees().platformFee().toPlainString()).isEqualTo("5.00");
        assertThat(offer.fees().serviceFee().toPlainString()).isEqualTo("20.00");
        assertThat(offer.fees().contractorPayout().toPlainString()).isEqualTo("80.00");
        assertThat(offer.fees().totalCharge().toPlainString()).isEqualTo("105.00");
        assertThat(offer.fees().adminCommission().toPlainString()).isEqualTo("25.00");
        assertThat(world.balance(customer)).as("sending an offer deducts nothing").isEqualTo("200.00");

        AcceptOffer.Result accepted = world.useCases.acceptOffer().execute(new AcceptOffer.Command(contractor, offer.id(), null));
        assertThat(accepted).isInstanceOfSatisfying(AcceptOffer.Result.Accepted.class,
                result -> assertThat(result.job().status()).isEqualTo(JobStatus.ASSIGNED));
        assertThat(world.balance(customer)).isEqualTo("95.00");
        assertThat(world.balance(world.admin)).isEqualTo("105.00");

        world.useCases.changeJobStatus().execute(contractor, job.id(), "in_progress", null);
        CompletionRequest request = world.useCases.requestCompletion().execute(new RequestCompletion.Command(customer, job.id(), null));
        world.useCases.approveCompletion().execute(new ApproveCompletion.Command(world.admin, request.id(), null));
        assertThat(world.balance(contractor)).isEqualTo("80.00");
        assertThat(world.balance(world.admin)).as("the platform keeps its commission").isEqualTo("25.00");

        String onboardingUrl = world.useCases.startStripeOnboarding().execute(new StartStripeOnboarding.Command(contractor, null));
        assertThat(onboardingUrl).isNotBlank();
        world.gateway.enablePayouts("acct_" + contractor.userId());
        assertThat(world.useCases.getStripeStatus().execute(contractor).canReceivePayouts()).isTrue();

        Withdrawal withdrawal = world.useCases.requestWithdrawal().execute(new RequestWithdrawal.Command(contractor, Money.dollars(50), null));
        assertThat(world.balance(contractor)).isEqualTo("30.00");
        Withdrawal approved = world.useCases.approveWithdrawal().execute(new ApproveWithdrawal.Command(world.admin, withdrawal.id(), null));
        assertThat(approved.status()).isEqualTo(WithdrawalStatus.COMPLETED);
        WalletSummary wallet = world.useCases.getWallet().execute(contractor);
        assertThat(wallet.balance().toPlainString()).isEqualTo("30.00");
        assertThat(wallet.totalEarnings().toPlainString()).isEqualTo("80.00");
        assertThat(wallet.totalWithdrawals().toPlainString()).isEqualTo("50.00");
        assertThat(world.useCases.getWallet().execute(customer).totalSpent().toPlainString()).isEqualTo("105.00");
        assertThat(world.gateway.transfersMade()).hasSize(1);
        assertThat(world.useCases.verifyLedger().execute(world.admin).balanced()).isTrue();
    }

    @Test
    void rejectingAnAcceptedOfferRefundsTheCustomerAndReopensTheJob() {
        Caller customer = world.customer();
        Caller contractor = world.contractor();
        Caller other = world.contractor();
        world.deposit(customer, "200");
        Job job = world.job(customer);
        JobApplication application = world.apply(contractor, job);
        JobApplication otherApplication = world.apply(other, job);
        Offer offer = world.offer(customer, application, "100");
        world.useCases.acceptOffer().execute(new AcceptOffer.Command(contractor, offer.id(), null));

        RejectOffer.Result rejected = world.useCases.rejectOffer().execute(new RejectOffer.Command(contractor, offer.id(), "Timeline too short", null));

        assertThat(rejected.refundAmount().toPlainString()).isEqualTo("105.00");
        assertThat(rejected.offer().status()).isEqualTo(OfferStatus.REJECTED);
        assertThat(world.balance(customer)).isEqualTo("200.00");
        assertThat(world.balance(world.admin)).isEqualTo("0.00");
        assertThat(world.useCases.getJob().execute(customer, job.id()).job().status()).isEqualTo(JobStatus.OPEN);
        assertThat(world.useCases.listJobApplications().execute(customer, job.id()))
                .extracting(details -> details.application().status())
                .containsOnly(ApplicationStatus.PENDING);
        assertThat(world.offer(customer, otherApplication, "50").status()).as("a new offer may be sent").isEqualTo(OfferStatus.PENDING);
        assertThat(world.useCases.verifyLedger().execute(world.admin).balanced()).isTrue();
    }

    @Test
    void cancellingAJobAfterAcceptanceRefundsTheWholeCharge() {
        Caller customer = world.customer();
        Caller contractor = world.contractor();
        world.deposit(customer, "200");
        Job job = world.job(customer);
        Offer offer = world.offer(customer, world.apply(contractor, job), "100");
        world.useCases.acceptOffer().execute(new AcceptOffer.Command(contractor, offer.id(), null));
        world.useCases.changeJobStatus().execute(customer, job.id(), "in_progress", null);

        JobSettlement.Cancelled cancelled = world.useCases.cancelJob().execute(new CancelJob.Command(customer, job.id(), "Requirements changed", null));

        assertThat(cancelled.refundAmount().toPlainString()).isEqualTo("105.00");
        assertThat(cancelled.job().status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(world.balance(customer)).isEqualTo("200.00");
        assertThat(world.useCases.getOffer().execute(customer, offer.id()).status()).isEqualTo(OfferStatus.CANCELLED);
        assertThat(world.useCases.getWallet().execute(customer).totalSpent().toPlainString()).isEqualTo("0.00");
    }

    @Test
    void cancellingAnOpenJobWithAPendingOfferRefundsNothing() {
        Caller customer = world.customer();
        Caller contractor = world.contractor();
        world.deposit(customer, "200");
        Job job = world.job(customer);
        Offer offer = world.offer(customer, world.apply(contractor, job), "100");

        JobSettlement.Cancelled cancelled = world.useCases.cancelJob().execute(new CancelJob.Command(customer, job.id(), null, null));

        assertThat(cancelled.refundAmount()).isEqualTo(Money.ZERO);
        assertThat(world.balance(customer)).isEqualTo("200.00");
        assertThat(world.useCases.getOffer().execute(customer, offer.id()).status()).isEqualTo(OfferStatus.CANCELLED);
    }

    @Test
    void acceptingBeyondTheCustomersBalanceIsRefusedWithTheReferenceMessage() {
        Caller customer = world.customer();
        Caller contractor = world.contractor();
        world.deposit(customer, "105");
        Job first = world.job(customer);
        Job second = world.job(customer);
        Offer firstOffer = world.offer(customer, world.apply(contractor, first), "100");
        Offer secondOffer = world.offer(customer, world.apply(contractor, second), "100");
        world.useCases.acceptOffer().execute(new AcceptOffer.Command(contractor, firstOffer.id(), null));

        assertThatThrownBy(() -> world.useCases.acceptOffer().execute(new AcceptOffer.Command(contractor, secondOffer.id(), null)))
                .isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("Insufficient balance")
                .extracting(e -> ((BusinessRuleViolated) e).errors())
                .isEqualTo(java.util.List.of(new FieldError("amount", "Required: $105, Available: $0")));
        assertThat(world.balance(customer)).isEqualTo("0.00");
        assertThat(world.useCases.getOffer().execute(customer, secondOffer.id()).status()).isEqualTo(OfferStatus.PENDING);
    }

    @Test
    void acceptingAnExpiredOfferIsAnsweredExpiredAndTheOfferIsMarkedExpired() {
        Caller customer = world.customer();
        Caller contractor = world.contractor();
        world.deposit(customer, "200");
        Offer offer = world.offer(customer, world.apply(contractor, world.job(customer)), "100");
        world.clock.advance(Duration.ofDays(7));

        assertThat(world.useCases.acceptOffer().execute(new AcceptOffer.Command(contractor, offer.id(), null)))
                .isInstanceOf(AcceptOffer.Result.Expired.class);
        assertThat(world.useCases.getOffer().execute(customer, offer.id()).status()).isEqualTo(OfferStatus.EXPIRED);
        assertThat(world.balance(customer)).isEqualTo("200.00");
    }

    @Test
    void aDuplicatePaymentEventCreditsTheDepositOnce() {
        Caller customer = world.customer();
        var started = world.useCases.startDeposit().execute(new StartDeposit.Command(customer, Money.dollars(100), null));
        var event = World.paidEvent("evt_once", started.sessionId(), 10_000);
        world.useCases.handleGatewayEvent().execute(event);
        world.useCases.handleGatewayEvent().execute(event);
        world.useCases.handleGatewayEvent().execute(World.paidEvent("evt_other_delivery", started.sessionId(), 10_000));
        assertThat(world.balance(customer)).isEqualTo("100.00");
    }

    @Test
    void aPaymentEventWithAnotherAmountCreditsNothing() {
        Caller customer = world.customer();
        var started = world.useCases.startDeposit().execute(new StartDeposit.Command(customer, Money.dollars(100), null));
        world.useCases.handleGatewayEvent().execute(World.paidEvent("evt_wrong", started.sessionId(), 1_000));
        assertThat(world.balance(customer)).isEqualTo("0.00");
    }

    @Test
    void aTransferRefusedByTheProviderFailsTheWithdrawalAndReturnsTheFunds() {
        Caller contractor = world.contractorWithEarningsAndPayouts();
        Withdrawal withdrawal = world.useCases.requestWithdrawal().execute(new RequestWithdrawal.Command(contractor, Money.dollars(50), null));
        world.gateway.refuseNextTransfer();

        Withdrawal failed = world.useCases.approveWithdrawal().execute(new ApproveWithdrawal.Command(world.admin, withdrawal.id(), null));

        assertThat(failed.status()).isEqualTo(WithdrawalStatus.FAILED);
        assertThat(world.balance(contractor)).isEqualTo("80.00");
        assertThat(world.useCases.verifyLedger().execute(world.admin).balanced()).isTrue();
    }

    @Test
    void aTimedOutTransferIsRetriedWithTheSameKeyAndPaysOnce() {
        Caller contractor = world.contractorWithEarningsAndPayouts();
        Withdrawal withdrawal = world.useCases.requestWithdrawal().execute(new RequestWithdrawal.Command(contractor, Money.dollars(50), null));
        world.gateway.timeOutNextCall();

        assertThatThrownBy(() -> world.useCases.approveWithdrawal().execute(new ApproveWithdrawal.Command(world.admin, withdrawal.id(), null)))
                .isInstanceOf(PaymentGatewayUnavailable.class);
        Withdrawal retried = world.useCases.approveWithdrawal().execute(new ApproveWithdrawal.Command(world.admin, withdrawal.id(), null));

        assertThat(retried.status()).isEqualTo(WithdrawalStatus.COMPLETED);
        assertThat(world.gateway.transfersMade()).hasSize(1);
        assertThat(world.balance(contractor)).isEqualTo("30.00");
    }

    @Test
    void rejectingAWithdrawalReturnsTheFunds() {
        Caller contractor = world.contractorWithEarningsAndPayouts();
        Withdrawal withdrawal = world.useCases.requestWithdrawal().execute(new RequestWithdrawal.Command(contractor, Money.dollars(50), null));
        Withdrawal rejected = world.useCases.rejectWithdrawal().execute(new RejectWithdrawal.Command(world.admin, withdrawal.id(), "Suspicious", null));
        assertThat(rejected.status()).isEqualTo(WithdrawalStatus.REJECTED);
        assertThat(world.balance(contractor)).isEqualTo("80.00");
    }

    @Test
    void aFrozenWalletCannotHaveItsOfferAccepted() {
        Caller customer = world.customer();
        Caller contractor = world.contractor();
        world.deposit(customer, "200");
        Offer offer = world.offer(customer, world.apply(contractor, world.job(customer)), "100");
        world.useCases.setWalletFrozen().execute(new SetWalletFrozen.Command(world.admin, customer.userId(), true, "Chargeback investigation", null));

        assertThatThrownBy(() -> world.useCases.acceptOffer().execute(new AcceptOffer.Command(contractor, offer.id(), null)))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("frozen");
        assertThat(world.balance(customer)).isEqualTo("200.00");
    }
}
