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
import com.jobsphere.domain.user.Caller;
import com.jobsphere.application.port.PaymentGatewayUnavailable;
import com.jobsphere.application.port.WalletSummary;
import com.jobsphere.application.wallet.RequestWithdrawal;
import com.jobsphere.application.wallet.StartDeposit;
import com.jobsphere.application.wallet.StartStripeOnboarding;
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

        AcceptOffer.Result accepted = world.accept(contractor, offer.id());
        assertThat(accepted).isInstanceOfSatisfying(AcceptOffer.Result.Accepted.class,
                result -> assertThat(result.job().status()).isEqualTo(JobStatus.ASSIGNED));
        assertThat(world.balance(customer)).isEqualTo("95.00");
        assertThat(world.balance(world.admin)).isEqualTo("105.00");

        world.changeStatus(contractor, job.id(), "in_progress");
        CompletionRequest request = world.requestCompletion(customer, job.id());
        world.approveCompletion(request.id());
        assertThat(world.balance(contractor)).isEqualTo("80.00");
        assertThat(world.balance(world.admin)).as("the platform keeps its commission").isEqualTo("25.00");

        String onboardingUrl = world.onboard(contractor);
        assertThat(onboardingUrl).isNotBlank();
        world.gateway.enablePayouts("acct_" + contractor.userId());
        assertThat(world.stripeStatus(contractor).canReceivePayouts()).isTrue();

        Withdrawal withdrawal = world.withdraw(contractor, Money.dollars(50));
        assertThat(world.balance(contractor)).isEqualTo("30.00");
        Withdrawal approved = world.approveWithdrawal(withdrawal.id());
        assertThat(approved.status()).isEqualTo(WithdrawalStatus.COMPLETED);
        WalletSummary wallet = world.wallet(contractor);
        assertThat(wallet.balance().toPlainString()).isEqualTo("30.00");
        assertThat(wallet.totalEarnings().toPlainString()).isEqualTo("80.00");
        assertThat(wallet.totalWithdrawals().toPlainString()).isEqualTo("50.00");
        assertThat(world.wallet(customer).totalSpent().toPlainString()).isEqualTo("105.00");
        assertThat(world.gateway.transfersMade()).hasSize(1);
        assertThat(world.ledgerBalanced()).isTrue();
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
        world.accept(contractor, offer.id());

        var rejected = (RejectOffer.Result.Rejected) world.rejectOffer(contractor, offer.id(), "Timeline too short");

        assertThat(rejected.refundAmount().toPlainString()).isEqualTo("105.00");
        assertThat(rejected.offer().status()).isEqualTo(OfferStatus.REJECTED);
        assertThat(world.balance(customer)).isEqualTo("200.00");
        assertThat(world.balance(world.admin)).isEqualTo("0.00");
        assertThat(world.getJob(customer, job.id()).job().status()).isEqualTo(JobStatus.OPEN);
        assertThat(world.applicationsOf(customer, job.id()))
                .extracting(details -> details.application().status())
                .containsOnly(ApplicationStatus.PENDING);
        assertThat(world.offer(customer, otherApplication, "50").status()).as("a new offer may be sent").isEqualTo(OfferStatus.PENDING);
        assertThat(world.ledgerBalanced()).isTrue();
    }

    @Test
    void cancellingAJobAfterAcceptanceRefundsTheWholeCharge() {
        Caller customer = world.customer();
        Caller contractor = world.contractor();
        world.deposit(customer, "200");
        Job job = world.job(customer);
        Offer offer = world.offer(customer, world.apply(contractor, job), "100");
        world.accept(contractor, offer.id());
        world.changeStatus(customer, job.id(), "in_progress");

        CancelJob.Result cancelled = world.cancel(customer, job.id(), "Requirements changed");

        assertThat(cancelled.refundAmount().toPlainString()).isEqualTo("105.00");
        assertThat(cancelled.job().status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(world.balance(customer)).isEqualTo("200.00");
        assertThat(world.getOffer(customer, offer.id()).status()).isEqualTo(OfferStatus.CANCELLED);
        assertThat(world.wallet(customer).totalSpent().toPlainString()).isEqualTo("0.00");
    }

    @Test
    void cancellingAnOpenJobWithAPendingOfferRefundsNothing() {
        Caller customer = world.customer();
        Caller contractor = world.contractor();
        world.deposit(customer, "200");
        Job job = world.job(customer);
        Offer offer = world.offer(customer, world.apply(contractor, job), "100");

        CancelJob.Result cancelled = world.cancel(customer, job.id(), null);

        assertThat(cancelled.refundAmount()).isEqualTo(Money.ZERO);
        assertThat(world.balance(customer)).isEqualTo("200.00");
        assertThat(world.getOffer(customer, offer.id()).status()).isEqualTo(OfferStatus.CANCELLED);
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
        world.accept(contractor, firstOffer.id());

        assertThatThrownBy(() -> world.accept(contractor, secondOffer.id()))
                .isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("Insufficient balance")
                .extracting(e -> ((BusinessRuleViolated) e).errors())
                .isEqualTo(java.util.List.of(new FieldError("amount", "Required: $105, Available: $0")));
        assertThat(world.balance(customer)).isEqualTo("0.00");
        assertThat(world.getOffer(customer, secondOffer.id()).status()).isEqualTo(OfferStatus.PENDING);
    }

    @Test
    void acceptingAnExpiredOfferIsAnsweredExpiredAndTheOfferIsMarkedExpired() {
        Caller customer = world.customer();
        Caller contractor = world.contractor();
        world.deposit(customer, "200");
        Offer offer = world.offer(customer, world.apply(contractor, world.job(customer)), "100");
        world.clock.advance(Duration.ofDays(7));

        assertThat(world.accept(contractor, offer.id()))
                .isInstanceOf(AcceptOffer.Result.Expired.class);
        assertThat(world.getOffer(customer, offer.id()).status()).isEqualTo(OfferStatus.EXPIRED);
        assertThat(world.balance(customer)).isEqualTo("200.00");
    }

    @Test
    void aDuplicatePaymentEventCreditsTheDepositOnce() {
        Caller customer = world.customer();
        var started = world.startDeposit(customer, Money.dollars(100));
        var event = World.paidEvent("evt_once", started.sessionId(), 10_000);
        world.applyEvent(event);
        world.applyEvent(event);
        world.applyEvent(World.paidEvent("evt_other_delivery", started.sessionId(), 10_000));
        assertThat(world.balance(customer)).isEqualTo("100.00");
    }

    @Test
    void aPaymentEventWithAnotherAmountCreditsNothing() {
        Caller customer = world.customer();
        var started = world.startDeposit(customer, Money.dollars(100));
        world.applyEvent(World.paidEvent("evt_wrong", started.sessionId(), 1_000));
        assertThat(world.balance(customer)).isEqualTo("0.00");
    }

    @Test
    void aTransferRefusedByTheProviderFailsTheWithdrawalAndReturnsTheFunds() {
        Caller contractor = world.contractorWithEarningsAndPayouts();
        Withdrawal withdrawal = world.withdraw(contractor, Money.dollars(50));
        world.gateway.refuseNextTransfer();

        Withdrawal failed = world.approveWithdrawal(withdrawal.id());

        assertThat(failed.status()).isEqualTo(WithdrawalStatus.FAILED);
        assertThat(world.balance(contractor)).isEqualTo("80.00");
        assertThat(world.ledgerBalanced()).isTrue();
    }

    @Test
    void aTimedOutTransferIsRetriedWithTheSameKeyAndPaysOnce() {
        Caller contractor = world.contractorWithEarningsAndPayouts();
        Withdrawal withdrawal = world.withdraw(contractor, Money.dollars(50));
        world.gateway.timeOutNextCall();

        assertThatThrownBy(() -> world.approveWithdrawal(withdrawal.id()))
                .isInstanceOf(PaymentGatewayUnavailable.class);
        Withdrawal retried = world.approveWithdrawal(withdrawal.id());

        assertThat(retried.status()).isEqualTo(WithdrawalStatus.COMPLETED);
        assertThat(world.gateway.transfersMade()).hasSize(1);
        assertThat(world.balance(contractor)).isEqualTo("30.00");
    }

    @Test
    void rejectingAWithdrawalReturnsTheFunds() {
        Caller contractor = world.contractorWithEarningsAndPayouts();
        Withdrawal withdrawal = world.withdraw(contractor, Money.dollars(50));
        Withdrawal rejected = world.rejectWithdrawal(withdrawal.id(), "Suspicious");
        assertThat(rejected.status()).isEqualTo(WithdrawalStatus.REJECTED);
        assertThat(world.balance(contractor)).isEqualTo("80.00");
    }

    @Test
    void aFrozenWalletCannotHaveItsOfferAccepted() {
        Caller customer = world.customer();
        Caller contractor = world.contractor();
        world.deposit(customer, "200");
        Offer offer = world.offer(customer, world.apply(contractor, world.job(customer)), "100");
        world.freeze(customer.userId(), "Chargeback investigation");

        assertThatThrownBy(() -> world.accept(contractor, offer.id()))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("frozen");
        assertThat(world.balance(customer)).isEqualTo("200.00");
    }
}
