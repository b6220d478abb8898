package com.jobsphere.application.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.application.common.RequestReplayed;
import com.jobsphere.application.port.StoreUnavailable;
import com.jobsphere.application.testing.RecordingRequest;
import com.jobsphere.application.wallet.RequestWithdrawal;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.offer.Offer;
import com.jobsphere.domain.user.Caller;
import com.jobsphere.domain.wallet.Withdrawal;
import org.junit.jupiter.api.Test;

/**
 * The operators' business counters are told what committed, and only that (CONTRACT.md §14): the reference's
 * numbers through the real use cases, then the failure switches of the fakes, which must leave nothing counted.
 */
class BusinessEventsTest {
    private final World world = new World();

    @Test
    void theReferenceFlowTellsEveryMovementWithItsAmount() {
        Caller customer = world.customer();
        Caller contractor = world.contractor();
        world.deposit(customer, "200");
        Job job = world.job(customer);
        Offer offer = world.offer(customer, world.apply(contractor, job), "100");
        world.accept(contractor, offer.id());
        world.changeStatus(contractor, job.id(), "in_progress");
        world.approveCompletion(world.requestCompletion(customer, job.id()).id());

        assertThat(world.events.drain()).containsExactly(
                "moneyMoved DEPOSIT_CREDITED 20000",
                "paymentEvent deposit_paid applied",
                "moneyMoved OFFER_ACCEPTED 10500",
                "moneyMoved COMPLETION_APPROVED 10500");
    }

    @Test
    void withdrawalsAreToldWhenTheyEnd() {
        Caller contractor = world.contractorWithEarningsAndPayouts();
        world.events.drain();

        Withdrawal paid = world.withdraw(contractor, Money.dollars(50));
        world.approveWithdrawal(paid.id());
        Withdrawal refused = world.withdraw(contractor, Money.dollars(10));
        world.rejectWithdrawal(refused.id(), "Bank details do not match");

        assertThat(world.events.drain()).containsExactly(
                "moneyMoved WITHDRAWAL_RESERVED 5000",
                "withdrawalEnded COMPLETED 5000",
                "moneyMoved WITHDRAWAL_COMPLETED 5000",
                "moneyMoved WITHDRAWAL_RESERVED 1000",
                "withdrawalEnded REJECTED 1000",
                "moneyMoved WITHDRAWAL_RETURNED 1000");
    }

    @Test
    void aTransactionThatFailedToCommitIsNeverCounted() {
        Caller customer = world.customer();
        var started = world.startDeposit(customer, Money.dollars(200));
        world.events.drain();
        world.unitOfWork.failNextCommit();

        assertThatThrownBy(() -> world.applyEvent(World.paidEvent("evt_1", started.sessionId(), 200_00)))
                .isInstanceOf(StoreUnavailable.class);

        assertThat(world.events.drain()).isEmpty();
        world.applyEvent(World.paidEvent("evt_1", started.sessionId(), 200_00));
        assertThat(world.events.drain()).containsExactly(
                "moneyMoved DEPOSIT_CREDITED 20000",
                "paymentEvent deposit_paid applied");
    }

    @Test
    void aTransactionRetriedAfterADeadlockIsCountedOnce() {
        Caller customer = world.customer();
        var started = world.startDeposit(customer, Money.dollars(200));
        world.events.drain();
        world.unitOfWork.retryNextTransaction();

        world.applyEvent(World.paidEvent("evt_1", started.sessionId(), 200_00));

        assertThat(world.events.drain()).containsExactly(
                "moneyMoved DEPOSIT_CREDITED 20000",
                "paymentEvent deposit_paid applied");
    }

    @Test
    void aRepeatedEventIsADuplicateAndMovesNothing() {
        Caller customer = world.customer();
        var started = world.startDeposit(customer, Money.dollars(200));
        world.applyEvent(World.paidEvent("evt_1", started.sessionId(), 200_00));
        world.events.drain();

        world.applyEvent(World.paidEvent("evt_1", started.sessionId(), 200_00));

        assertThat(world.events.drain()).containsExactly("paymentEvent deposit_paid duplicate");
    }

    @Test
    void aReplayIsToldOnceAndMovesNothing() {
        Caller contractor = world.contractorWithEarningsAndPayouts();
        var request = RecordingRequest.<Withdrawal>of(contractor.userId(), "withdraw-1", "{\"amount\":50}",
                withdrawal -> withdrawal.id().value());
        world.useCases.requestWithdrawal().execute(new RequestWithdrawal.Command(contractor, Money.dollars(50), request));
        world.events.drain();

        assertThatThrownBy(() -> world.useCases.requestWithdrawal()
                .execute(new RequestWithdrawal.Command(contractor, Money.dollars(50), request)))
                .isInstanceOf(RequestReplayed.class);

        assertThat(world.events.drain()).containsExactly("requestReplayed");
    }
}
