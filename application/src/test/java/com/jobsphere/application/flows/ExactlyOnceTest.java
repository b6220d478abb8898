package com.jobsphere.application.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.application.admin.ApproveWithdrawal;
import com.jobsphere.application.admin.RejectWithdrawal;
import com.jobsphere.application.admin.SetWalletFrozen;
import com.jobsphere.application.common.RequestReplayed;
import com.jobsphere.domain.user.Caller;
import com.jobsphere.application.port.Locks;
import com.jobsphere.application.port.PaymentGatewayUnavailable;
import com.jobsphere.application.port.RecordedResponse;
import com.jobsphere.application.port.WithdrawalView;
import com.jobsphere.application.port.StoreUnavailable;
import com.jobsphere.application.testing.RecordingRequest;
import com.jobsphere.application.wallet.ApplyPaymentEvent;
import com.jobsphere.application.wallet.Janitor;
import com.jobsphere.application.wallet.RequestWithdrawal;
import com.jobsphere.application.wallet.StartDeposit;
import com.jobsphere.application.wallet.StartStripeOnboarding;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.common.Conflict;
import com.jobsphere.domain.common.ValidationFailed;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.wallet.TransactionType;
import com.jobsphere.domain.wallet.Withdrawal;
import com.jobsphere.domain.wallet.WithdrawalStatus;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * CONTRACT.md §11 through the real use cases: each recovery point is driven by the fakes' failure switches (a
 * commit that fails as a crash would, a provider call whose answer is lost, one the provider never saw), and a
 * retry with the same key, or the janitor, must end with exactly one effect.
 */
class ExactlyOnceTest {
    private final World world = new World();

    // A keyed request in one transaction: the key commits with the effect, or not at all.

    @Test
    void aWithdrawalWhoseCommitFailedLeavesNoKeyAndItsRetryWithdrawsOnce() {
        Caller contractor = world.contractorWithEarningsAndPayouts();
        var request = withdrawalRequest(contractor, "withdraw-1");
        world.unitOfWork.failNextCommit();

        assertThatThrownBy(() -> withdraw(contractor, "50", request)).isInstanceOf(StoreUnavailable.class);
        Withdrawal retried = withdraw(contractor, "50", request);

        assertThat(retried.status()).isEqualTo(WithdrawalStatus.PENDING);
        assertThat(withdrawals()).hasSize(1);
        assertThat(world.balance(contractor)).isEqualTo("30.00");
    }

    @Test
    void aCommittedWithdrawalIsReplayedToItsRetryAndRunsOnce() {
        Caller contractor = world.contractorWithEarningsAndPayouts();
        var request = withdrawalRequest(contractor, "withdraw-1");
        Withdrawal first = withdraw(contractor, "50", request);

        assertThatThrownBy(() -> withdraw(contractor, "50", request))
                .isInstanceOfSatisfying(RequestReplayed.class, replay ->
                        assertThat(replay.response()).isEqualTo(new RecordedResponse(200, first.id().value())));
        assertThat(withdrawals()).hasSize(1);
        assertThat(world.balance(contractor)).isEqualTo("30.00");
    }

    @Test
    void aKeyReusedForAnotherRequestIsRefused() {
        Caller contractor = world.contractorWithEarningsAndPayouts();
        withdraw(contractor, "50", withdrawalRequest(contractor, "withdraw-1"));
        var other = RecordingRequest.<Withdrawal>of(contractor.userId(), "withdraw-1", "another body", withdrawal -> withdrawal.id().value());

        assertThatThrownBy(() -> withdraw(contractor, "10", other))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("different request");
        assertThat(withdrawals()).hasSize(1);
    }

    @Test
    void aKeyHeldByALiveRequestIsStillBeingProcessedAndFreeOnceItsHolderIsGone() {
        Caller contractor = world.contractorWithEarningsAndPayouts();
        var request = withdrawalRequest(contractor, "withdraw-1");
        world.unitOfWork.holdKeyElsewhere(request.key(), true);

        assertThatThrownBy(() -> withdraw(contractor, "50", request))
                .isInstanceOf(Conflict.class).hasMessageContaining("still being processed");
        world.unitOfWork.holdKeyElsewhere(request.key(), false);

        assertThat(withdraw(contractor, "50", request).status()).isEqualTo(WithdrawalStatus.PENDING);
        assertThat(withdrawals()).hasSize(1);
    }

    @Test
    void aRefusalIsRecordedAndReplayedEvenAfterTheStateChanged() {
        Caller contractor = world.contractorWithEarningsAndPayouts();
        var request = withdrawalRequest(contractor, "withdraw-big");

        assertThatThrownBy(() -> withdraw(contractor, "100", request))
                .isInstanceOf(BusinessRuleViolated.class).hasMessage("Insufficient balance");

        assertThatThrownBy(() -> withdraw(contractor, "100", request))
                .isInstanceOfSatisfying(RequestReplayed.class, replay ->
                        assertThat(replay.response()).isEqualTo(new RecordedResponse(400, "Insufficient balance")));
        assertThat(withdrawals()).isEmpty();
    }

    // StartDeposit: deposit recorded → Checkout Session made → session stored and response recorded.

    @Test
    void aDepositWhoseLastPhaseFailedResumesWithTheSameDepositAndSession() {
        Caller customer = world.customer();
        var request = depositRequest(customer, "deposit-1");
        world.unitOfWork.failCommitAfter(1);

        assertThatThrownBy(() -> startDeposit(customer, request)).isInstanceOf(StoreUnavailable.class);
        StartDeposit.Result resumed = startDeposit(customer, request);

        assertThat(world.gateway.sessionsMade()).containsExactly(resumed.sessionId());
        assertThat(deposits(customer)).isEqualTo(1);
    }

    @Test
    void aDepositWhoseSessionAnswerWasLostGetsThatSameSessionOnRetry() {
        Caller customer = world.customer();
        var request = depositRequest(customer, "deposit-1");
        world.gateway.timeOutNextCall();

        assertThatThrownBy(() -> startDeposit(customer, request)).isInstanceOf(PaymentGatewayUnavailable.class);
        StartDeposit.Result resumed = startDeposit(customer, request);

        assertThat(world.gateway.sessionsMade()).containsExactly(resumed.sessionId());
        assertThat(deposits(customer)).isEqualTo(1);
        assertThatThrownBy(() -> startDeposit(customer, request)).isInstanceOf(RequestReplayed.class);
    }

    @Test
    void aDepositWhoseFirstPhaseFailedLeavesNothingAndItsRetryStartsOne() {
        Caller customer = world.customer();
        var request = depositRequest(customer, "deposit-1");
        world.unitOfWork.failNextCommit();

        assertThatThrownBy(() -> startDeposit(customer, request)).isInstanceOf(StoreUnavailable.class);
        assertThat(deposits(customer)).isZero();

        startDeposit(customer, request);
        assertThat(deposits(customer)).isEqualTo(1);
        assertThat(world.gateway.sessionsMade()).hasSize(1);
    }

    @Test
    void aSecondRequestWithTheKeyOfOneInFlightIsTold409() {
        Caller customer = world.customer();
        var request = depositRequest(customer, "deposit-1");
        Locks.Lock inFlight = world.locks.tryLock(request.key().lockName()).orElseThrow();

        assertThatThrownBy(() -> startDeposit(customer, request)).isInstanceOf(Conflict.class);
        inFlight.close();

        startDeposit(customer, request);
        assertThat(deposits(customer)).isEqualTo(1);
    }

    // ApproveWithdrawal: processing recorded → transfer made → outcome and response recorded.

    @Test
    void anApprovalWhoseTransferAnswerWasLostPaysOnceOnRetryWithTheSameKey() {
        Caller contractor = world.contractorWithEarningsAndPayouts();
        Withdrawal withdrawal = withdraw(contractor, "50", null);
        var request = approvalRequest("approve-1");
        world.gateway.timeOutNextCall();

        assertThatThrownBy(() -> approve(withdrawal, request)).isInstanceOf(PaymentGatewayUnavailable.class);
        Withdrawal retried = approve(withdrawal, request);

        assertThat(retried.status()).isEqualTo(WithdrawalStatus.COMPLETED);
        assertThat(world.gateway.transfersMade()).hasSize(1);
        assertThat(world.balance(contractor)).isEqualTo("30.00");
        assertThat(world.ledgerBalanced()).isTrue();
    }

    @Test
    void aWithdrawalLeftProcessingByACrashAfterTheTransferIsCompletedByTheJanitorWithOneTransfer() {
        Caller contractor = world.contractorWithEarningsAndPayouts();
        Withdrawal withdrawal = withdraw(contractor, "50", null);
        world.unitOfWork.failCommitAfter(2);

        assertThatThrownBy(() -> approve(withdrawal, approvalRequest("approve-1"))).isInstanceOf(StoreUnavailable.class);
        assertThat(status(withdrawal)).isEqualTo(WithdrawalStatus.PROCESSING);
        assertThat(world.gateway.transfersMade()).hasSize(1);

        world.clock.advance(Duration.ofMinutes(3));
        Janitor.Report report = world.useCases.janitor().execute();

        assertThat(report.withdrawalsSettled()).isEqualTo(1);
        assertThat(status(withdrawal)).isEqualTo(WithdrawalStatus.COMPLETED);
        assertThat(world.gateway.transfersMade()).hasSize(1);
        assertThat(world.balance(contractor)).isEqualTo("30.00");
        assertThat(world.ledgerBalanced()).isTrue();
    }

    @Test
    void aWithdrawalStuckPastTheProvidersIdempotencyWindowIsFoundByItsKeyNotPaidAgain() {
        Caller contractor = world.contractorWithEarningsAndPayouts();
        Withdrawal withdrawal = withdraw(contractor, "50", null);
        world.gateway.timeOutNextCall();
        assertThatThrownBy(() -> approve(withdrawal, null)).isInstanceOf(PaymentGatewayUnavailable.class);
        world.gateway.forgetIdempotencyKeys();

        world.clock.advance(Duration.ofDays(2));
        world.useCases.janitor().execute();

        assertThat(status(withdrawal)).isEqualTo(WithdrawalStatus.COMPLETED);
        assertThat(world.gateway.transfersMade()).hasSize(1);
    }

    @Test
    void aWithdrawalWhoseTransferTheProviderNeverSawIsPaidByTheJanitorOnce() {
        Caller contractor = world.contractorWithEarningsAndPayouts();
        Withdrawal withdrawal = withdraw(contractor, "50", null);
        world.gateway.failNextCallUnseen();

        assertThatThrownBy(() -> approve(withdrawal, null)).isInstanceOf(PaymentGatewayUnavailable.class);
        assertThat(world.gateway.transfersMade()).isEmpty();
        world.clock.advance(Duration.ofMinutes(3));
        world.useCases.janitor().execute();

        assertThat(status(withdrawal)).isEqualTo(WithdrawalStatus.COMPLETED);
        assertThat(world.gateway.transfersMade()).hasSize(1);
    }

    @Test
    void aWithdrawalStuckLessThanTwoMinutesIsLeftToItsOwnRetry() {
        Caller contractor = world.contractorWithEarningsAndPayouts();
        Withdrawal withdrawal = withdraw(contractor, "50", null);
        world.gateway.failNextCallUnseen();
        assertThatThrownBy(() -> approve(withdrawal, null)).isInstanceOf(PaymentGatewayUnavailable.class);

        world.clock.advance(Duration.ofSeconds(90));
        world.useCases.janitor().execute();

        assertThat(status(withdrawal)).isEqualTo(WithdrawalStatus.PROCESSING);
    }

    @Test
    void approvingTheWithdrawalOfAFrozenWalletIsRefusedAndRejectingItStillReturnsTheFunds() {
        Caller contractor = world.contractorWithEarningsAndPayouts();
        Withdrawal withdrawal = withdraw(contractor, "50", null);
        world.freeze(contractor.userId(), "Fraud review");

        assertThatThrownBy(() -> approve(withdrawal, null)).isInstanceOf(BusinessRuleViolated.class)
                .hasMessageContaining("frozen");
        assertThat(world.gateway.transfersMade()).isEmpty();
        world.rejectWithdrawal(withdrawal.id(), "Account frozen");

        assertThat(world.balance(contractor)).isEqualTo("80.00");
    }

    // The janitor and deposits.

    @Test
    void aPaidDepositWhoseWebhookNeverCameIsCreditedOnceByTheJanitorAndALateWebhookChangesNothing() {
        Caller customer = world.customer();
        StartDeposit.Result started = startDeposit(customer, null);
        world.gateway.payCheckout(started.sessionId());

        world.clock.advance(Duration.ofMinutes(31));
        Janitor.Report report = world.useCases.janitor().execute();
        ApplyPaymentEvent.Outcome late = world.applyEvent(World.paidEvent("evt_late", started.sessionId(), 10_000));

        assertThat(report.depositsCredited()).isEqualTo(1);
        assertThat(late).isEqualTo(ApplyPaymentEvent.Outcome.DUPLICATE);
        assertThat(world.balance(customer)).isEqualTo("100.00");
    }

    @Test
    void aDepositCreditedByItsWebhookIsNotCreditedAgainByTheJanitor() {
        Caller customer = world.customer();
        StartDeposit.Result started = startDeposit(customer, null);
        world.gateway.payCheckout(started.sessionId());
        world.applyEvent(World.paidEvent("evt_paid", started.sessionId(), 10_000));

        world.clock.advance(Duration.ofMinutes(31));
        world.useCases.janitor().execute();

        assertThat(world.balance(customer)).isEqualTo("100.00");
    }

    @Test
    void anExpiredSessionFailsItsDepositAndAnOpenOneIsLeftAlone() {
        Caller customer = world.customer();
        StartDeposit.Result expired = startDeposit(customer, null);
        StartDeposit.Result open = startDeposit(customer, null);
        world.gateway.expireCheckout(expired.sessionId());

        world.clock.advance(Duration.ofMinutes(31));
        Janitor.Report report = world.useCases.janitor().execute();

        assertThat(report.depositsFailed()).isEqualTo(1);
        assertThat(report.depositsCredited()).isZero();
        assertThat(depositStatuses(customer)).containsExactlyInAnyOrder("pending", "failed");
        assertThat(open.sessionId()).isNotEqualTo(expired.sessionId());
    }

    @Test
    void aDepositWithoutAKeyWhoseSessionCouldNotBeMadeIsFailedAtOnceAsNothingCanResumeIt() {
        Caller customer = world.customer();
        world.gateway.failNextCallUnseen();

        assertThatThrownBy(() -> startDeposit(customer, null)).isInstanceOf(PaymentGatewayUnavailable.class);

        assertThat(depositStatuses(customer)).containsExactly("failed");
    }

    @Test
    void aKeyedDepositThatNeverGotASessionAndWasNeverRetriedIsFailedByTheJanitor() {
        Caller customer = world.customer();
        world.gateway.failNextCallUnseen();
        assertThatThrownBy(() -> startDeposit(customer, depositRequest(customer, "deposit-1")))
                .isInstanceOf(PaymentGatewayUnavailable.class);
        assertThat(depositStatuses(customer)).containsExactly("pending");

        world.clock.advance(Duration.ofMinutes(31));
        Janitor.Report report = world.useCases.janitor().execute();

        assertThat(report.depositsFailed()).isEqualTo(1);
        assertThat(depositStatuses(customer)).containsExactly("failed");
    }

    @Test
    void aRetryThatComesAfterTheJanitorGaveTheDepositUpIsRefusedRatherThanGivenALink() {
        Caller customer = world.customer();
        var request = depositRequest(customer, "deposit-1");
        world.gateway.failNextCallUnseen();
        assertThatThrownBy(() -> startDeposit(customer, request)).isInstanceOf(PaymentGatewayUnavailable.class);
        world.clock.advance(Duration.ofMinutes(31));
        world.useCases.janitor().execute();

        assertThatThrownBy(() -> startDeposit(customer, request)).isInstanceOf(BusinessRuleViolated.class)
                .hasMessageContaining("start a new one");
    }

    @Test
    void aDepositResumedByItsRetryIsLeftToItsSessionByTheJanitor() {
        Caller customer = world.customer();
        var request = depositRequest(customer, "deposit-1");
        world.gateway.failNextCallUnseen();
        assertThatThrownBy(() -> startDeposit(customer, request)).isInstanceOf(PaymentGatewayUnavailable.class);
        startDeposit(customer, request);

        world.clock.advance(Duration.ofMinutes(31));
        Janitor.Report report = world.useCases.janitor().execute();

        assertThat(report.depositsFailed()).isZero();
        assertThat(depositStatuses(customer)).containsExactly("pending");
    }

    @Test
    void theJanitorRunsOnOneInstanceAtATime() {
        Locks.Lock otherInstance = world.locks.tryLock("janitor").orElseThrow();

        assertThat(world.useCases.janitor().execute().ran()).isFalse();
        otherInstance.close();
        assertThat(world.useCases.janitor().execute().ran()).isTrue();
    }

    // StartStripeOnboarding: account created at the provider → stored → link made and recorded.

    @Test
    void onboardingWhoseAccountWasCreatedButNotStoredStoresTheSameAccountOnRetry() {
        Caller contractor = world.contractor();
        var request = RecordingRequest.<String>of(contractor.userId(), "onboard-1", "POST /onboard", url -> url);
        world.unitOfWork.failCommitAfter(1);

        assertThatThrownBy(() -> onboard(contractor, request)).isInstanceOf(StoreUnavailable.class);
        String url = onboard(contractor, request);

        assertThat(url).contains("acct_" + contractor.userId());
        assertThatThrownBy(() -> onboard(contractor, request))
                .isInstanceOfSatisfying(RequestReplayed.class, replay -> assertThat(replay.response().body()).isEqualTo(url));
    }

    private Withdrawal withdraw(Caller contractor, String dollars, RecordingRequest<Withdrawal> request) {
        return world.useCases.requestWithdrawal().execute(new RequestWithdrawal.Command(contractor,
                Money.parse(dollars, "amount"), request));
    }

    private static RecordingRequest<Withdrawal> withdrawalRequest(Caller contractor, String key) {
        return RecordingRequest.of(contractor.userId(), key, "POST /withdraw", withdrawal -> withdrawal.id().value());
    }

    private StartDeposit.Result startDeposit(Caller customer, RecordingRequest<StartDeposit.Result> request) {
        return world.useCases.startDeposit().execute(new StartDeposit.Command(customer, Money.dollars(100), request));
    }

    private static RecordingRequest<StartDeposit.Result> depositRequest(Caller customer, String key) {
        return RecordingRequest.of(customer.userId(), key, "POST /deposit", StartDeposit.Result::sessionId);
    }

    private Withdrawal approve(Withdrawal withdrawal, RecordingRequest<Withdrawal> request) {
        return world.useCases.approveWithdrawal().execute(new ApproveWithdrawal.Command(world.admin, withdrawal.id(),
                request));
    }

    private RecordingRequest<Withdrawal> approvalRequest(String key) {
        return RecordingRequest.of(world.admin.userId(), key, "POST /approve", w -> w.status().name());
    }

    private String onboard(Caller contractor, RecordingRequest<String> request) {
        return world.useCases.startStripeOnboarding().execute(new StartStripeOnboarding.Command(contractor, request));
    }

    private WithdrawalStatus status(Withdrawal withdrawal) {
        return world.withdrawals().stream().map(WithdrawalView::withdrawal)
                .filter(w -> w.id().equals(withdrawal.id())).findFirst().orElseThrow().status();
    }

    private List<WithdrawalView> withdrawals() {
        return world.withdrawals();
    }

    private long deposits(Caller customer) {
        return world.transactions(customer, TransactionType.DEPOSIT).total();
    }

    private List<String> depositStatuses(Caller customer) {
        return world.transactions(customer, TransactionType.DEPOSIT).items().stream()
                .map(view -> view.status().name().toLowerCase(Locale.ROOT)).toList();
    }
}
