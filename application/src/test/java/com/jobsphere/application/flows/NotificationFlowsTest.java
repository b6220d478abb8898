package com.jobsphere.application.flows;

import static com.jobsphere.domain.notification.NotificationType.DEPOSIT_COMPLETED;
import static com.jobsphere.domain.notification.NotificationType.DEPOSIT_FAILED;
import static com.jobsphere.domain.notification.NotificationType.OFFER_ACCEPTED;
import static com.jobsphere.domain.notification.NotificationType.OFFER_RECEIVED;
import static com.jobsphere.domain.notification.NotificationType.OFFER_REJECTED;
import static com.jobsphere.domain.notification.NotificationType.PAYOUT_RECEIVED;
import static com.jobsphere.domain.notification.NotificationType.REFUND_ISSUED;
import static com.jobsphere.domain.notification.NotificationType.WITHDRAWAL_COMPLETED;
import static com.jobsphere.domain.notification.NotificationType.WITHDRAWAL_FAILED;
import static com.jobsphere.domain.notification.NotificationType.WITHDRAWAL_REJECTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.application.notification.ListNotifications;
import com.jobsphere.application.notification.MarkAllNotificationsRead;
import com.jobsphere.application.notification.MarkNotificationRead;
import com.jobsphere.application.port.GatewayEvent;
import com.jobsphere.application.port.Notification;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.application.wallet.StartDeposit;
import com.jobsphere.domain.common.NotFound;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.notification.NotificationType;
import com.jobsphere.domain.offer.Offer;
import com.jobsphere.domain.user.Caller;
import com.jobsphere.domain.wallet.Withdrawal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each type of CONTRACT.md §15 is raised once, by the flow that causes it, in its transaction. */
class NotificationFlowsTest {
    private final World world = new World();

    @Test
    void aDepositIsNotifiedOnceHoweverOftenItsEventArrives() {
        Caller customer = world.customer();
        Money amount = Money.dollars(100);
        StartDeposit.Result started = world.startDeposit(customer, amount);
        GatewayEvent paid = World.paidEvent("evt_1", started.sessionId(), amount.cents());

        world.applyEvent(paid);
        world.applyEvent(paid);
        world.applyEvent(World.paidEvent("evt_2", started.sessionId(), amount.cents()));

        assertThat(world.notified(customer)).containsExactlyInAnyOrder(DEPOSIT_COMPLETED);
        assertThat(world.feed(customer).get(0).notice().data()).containsEntry("amount", "100.00");
    }

    @Test
    void aDepositCreditedByTheJanitorAndByItsLateWebhookIsNotifiedOnce() {
        Caller customer = world.customer();
        StartDeposit.Result started = world.startDeposit(customer, Money.dollars(40));
        world.gateway.payCheckout(started.sessionId());
        world.clock.advance(Duration.ofHours(1));

        world.useCases.janitor().execute();
        world.applyEvent(World.paidEvent("evt_late", started.sessionId(), 40_00));

        assertThat(world.notified(customer)).containsExactlyInAnyOrder(DEPOSIT_COMPLETED);
    }

    @Test
    void aDepositWhoseCheckoutExpiredIsNotifiedAsFailed() {
        Caller customer = world.customer();
        StartDeposit.Result started = world.startDeposit(customer, Money.dollars(40));

        world.applyEvent(new GatewayEvent.DepositFailed("evt_expired", started.sessionId(), null));

        assertThat(world.notified(customer)).containsExactlyInAnyOrder(DEPOSIT_FAILED);
    }

    @Test
    void theWholeLifeOfAJobTellsEachPartyWhatConcernsThem() {
        Caller customer = world.customer();
        Caller contractor = world.contractor();
        Job job = inProgress(customer, contractor);
        world.approveCompletion(world.requestCompletion(customer, job.id()).id());

        assertThat(world.notified(customer)).containsExactlyInAnyOrder(DEPOSIT_COMPLETED, OFFER_ACCEPTED);
        assertThat(world.notified(contractor)).containsExactlyInAnyOrder(OFFER_RECEIVED, PAYOUT_RECEIVED);
        assertThat(only(contractor, PAYOUT_RECEIVED).notice().data())
                .isEqualTo(Map.of("jobId", job.id().value(), "amount", "80.00"));
        assertThat(world.notified(world.admin)).isEmpty();
    }

    @Test
    void completingByStatusChangePaysAndNotifiesAsApprovingDoes() {
        Caller customer = world.customer();
        Caller contractor = world.contractor();
        Job job = inProgress(customer, contractor);

        world.changeStatus(world.admin, job.id(), "completed");

        assertThat(world.notified(contractor)).containsExactlyInAnyOrder(OFFER_RECEIVED, PAYOUT_RECEIVED);
    }

    @Test
    void aRejectedAcceptedOfferTellsTheCustomerOfTheRejectionAndTheRefund() {
        Caller customer = world.customer();
        Caller contractor = world.contractor();
        world.deposit(customer, "200");
        Offer offer = world.offer(customer, world.apply(contractor, world.job(customer)), "100");
        world.accept(contractor, offer.id());

        world.rejectOffer(contractor, offer.id(), "Something came up");

        assertThat(world.notified(customer)).containsExactlyInAnyOrder(DEPOSIT_COMPLETED, OFFER_ACCEPTED, OFFER_REJECTED,
                REFUND_ISSUED);
        assertThat(only(customer, REFUND_ISSUED).notice().data())
                .isEqualTo(Map.of("offerId", offer.id().value(), "amount", "105.00"));
    }

    @Test
    void aCancelledJobRefundsAndTellsTheCustomerNamingTheJob() {
        Caller customer = world.customer();
        Caller contractor = world.contractor();
        world.deposit(customer, "200");
        Job job = world.job(customer);
        world.accept(contractor, world.offer(customer, world.apply(contractor, job), "100").id());

        world.cancel(customer, job.id(), null);

        assertThat(world.notified(customer)).containsExactlyInAnyOrder(DEPOSIT_COMPLETED, OFFER_ACCEPTED, REFUND_ISSUED);
        assertThat(only(customer, REFUND_ISSUED).notice().data())
                .isEqualTo(Map.of("jobId", job.id().value(), "amount", "105.00"));
    }

    @Test
    void eachEndOfAWithdrawalIsNotifiedOnce() {
        Caller contractor = world.contractorWithEarningsAndPayouts();
        Withdrawal paid = world.withdraw(contractor, Money.dollars(10));
        Withdrawal refused = world.withdraw(contractor, Money.dollars(11));
        Withdrawal rejected = world.withdraw(contractor, Money.dollars(12));

        world.approveWithdrawal(paid.id());
        world.gateway.refuseNextTransfer();
        world.approveWithdrawal(refused.id());
        world.rejectWithdrawal(rejected.id(), "Please verify your bank account first");

        assertThat(world.notified(contractor)).containsExactlyInAnyOrder(OFFER_RECEIVED, PAYOUT_RECEIVED, WITHDRAWAL_COMPLETED,
                WITHDRAWAL_FAILED, WITHDRAWAL_REJECTED);
        assertThat(only(contractor, WITHDRAWAL_REJECTED).notice().body())
                .isEqualTo("Your withdrawal of $12 was declined. The money is back in your wallet.");
    }

    @Test
    void aFailedTransactionLeavesNoNotificationBehind() {
        Caller customer = world.customer();
        Money amount = Money.dollars(100);
        StartDeposit.Result started = world.startDeposit(customer, amount);
        world.unitOfWork.failNextCommit();

        assertThatThrownBy(() -> world.applyEvent(World.paidEvent("evt_1", started.sessionId(), amount.cents())))
                .isInstanceOf(RuntimeException.class);

        assertThat(world.feed(customer)).isEmpty();
        world.applyEvent(World.paidEvent("evt_1", started.sessionId(), amount.cents()));
        assertThat(world.notified(customer)).containsExactlyInAnyOrder(DEPOSIT_COMPLETED);
    }

    @Test
    void theFeedFiltersUnreadAndMarksReadOnlyTheCallersOwn() {
        Caller customer = world.customer();
        Caller stranger = world.customer();
        world.deposit(customer, "20");
        world.deposit(customer, "30");
        Notification newest = world.feed(customer).get(0);

        assertThatThrownBy(() -> markRead(stranger, newest)).isInstanceOf(NotFound.class)
                .hasMessage("Notification not found");
        Notification read = markRead(customer, newest);
        world.clock.advance(Duration.ofMinutes(1));
        Notification readAgain = markRead(customer, newest);

        assertThat(read.isRead()).isTrue();
        assertThat(readAgain.readAt()).as("a second read keeps the first time").isEqualTo(read.readAt());
        assertThat(unread(customer)).hasSize(1);
        assertThat(world.useCases.notifications().markAllNotificationsRead()
                .execute(new MarkAllNotificationsRead.Command(customer, null))).isEqualTo(1);
        assertThat(unread(customer)).isEmpty();
        assertThat(world.feed(customer)).hasSize(2);
    }

    /** The customer deposited $200 and the contractor started the job of their accepted $100 offer. */
    private Job inProgress(Caller customer, Caller contractor) {
        world.deposit(customer, "200");
        Job job = world.job(customer);
        world.accept(contractor, world.offer(customer, world.apply(contractor, job), "100").id());
        world.changeStatus(contractor, job.id(), "in_progress");
        return job;
    }

    private Notification only(Caller caller, NotificationType type) {
        return world.feed(caller).stream().filter(notification -> notification.notice().type() == type)
                .reduce((one, other) -> {
                    throw new AssertionError("two " + type + " notifications");
                }).orElseThrow();
    }

    private Notification markRead(Caller caller, Notification notification) {
        return world.useCases.notifications().markNotificationRead()
                .execute(new MarkNotificationRead.Command(caller, notification.notice().id(), null));
    }

    private List<Notification> unread(Caller caller) {
        return world.useCases.notifications().listNotifications()
                .execute(new ListNotifications.Query(caller, true, new PageRequest(1, 10))).items();
    }
}
