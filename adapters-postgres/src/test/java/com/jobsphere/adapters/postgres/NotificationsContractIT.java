package com.jobsphere.adapters.postgres;

import static com.jobsphere.adapters.postgres.Seed.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.application.port.Notification;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.domain.common.DepositId;
import com.jobsphere.domain.common.NotificationId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.notification.Notice;
import com.jobsphere.domain.notification.NotificationType;
import com.jobsphere.domain.notification.Notices;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

class NotificationsContractIT {
    @ContractTest
    void aRaisedNoticeIsInItsRecipientsFeedAsItWasRaised(Backend backend) {
        UserId customer = backend.transaction(stores -> Seed.customer(stores, "customer"));
        Notice notice = deposited(customer, "d-1", 10);

        backend.run(stores -> stores.notifications().raise(notice));

        Page<Notification> feed = feed(backend, customer, false, 1, 10);
        assertThat(feed.items()).containsExactly(new Notification(notice, null));
        assertThat(feed.total()).isEqualTo(1);
        assertThat(feed.items().get(0).notice().data()).isEqualTo(Map.of("depositId", "d-1", "amount", "100.00"));
    }

    @ContractTest
    void theSameChangeCannotBeNotifiedTwice(Backend backend) {
        UserId customer = backend.transaction(stores -> Seed.customer(stores, "customer"));
        backend.run(stores -> stores.notifications().raise(deposited(customer, "d-1", 10)));

        assertThatThrownBy(() -> backend.run(stores -> stores.notifications().raise(deposited(customer, "d-1", 20))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(feed(backend, customer, false, 1, 10).total()).isEqualTo(1);
    }

    @ContractTest
    void aNoticeForSomeoneWhoDoesNotExistIsRefused(Backend backend) {
        assertThatThrownBy(() -> backend.run(stores -> stores.notifications().raise(
                deposited(new UserId("nobody"), "d-1", 10)))).isInstanceOf(IllegalStateException.class);
    }

    @ContractTest
    void theFeedIsNewestFirstPagedAndFilteredToTheUnreadAndToItsRecipient(Backend backend) {
        UserId customer = backend.transaction(stores -> Seed.customer(stores, "customer"));
        UserId other = backend.transaction(stores -> Seed.customer(stores, "other"));
        backend.run(stores -> {
            for (int i = 1; i <= 5; i++) {
                stores.notifications().raise(deposited(customer, "d-" + i, i));
            }
            stores.notifications().raise(deposited(other, "d-other", 3));
        });
        NotificationId third = Notices.idOf(NotificationType.DEPOSIT_COMPLETED, new DepositId("d-3"));
        backend.run(stores -> stores.notifications().markRead(customer, third, at(60)));

        Page<Notification> second = feed(backend, customer, false, 2, 2);
        Page<Notification> unread = feed(backend, customer, true, 1, 10);

        assertThat(second.items()).extracting(item -> item.notice().data().get("depositId")).containsExactly("d-3", "d-2");
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.totalPages()).isEqualTo(3);
        assertThat(unread.items()).extracting(item -> item.notice().data().get("depositId"))
                .containsExactly("d-5", "d-4", "d-2", "d-1");
        assertThat(unread.total()).isEqualTo(4);
    }

    @ContractTest
    void notificationsRaisedAtOneInstantAreOrderedByIdHighestFirst(Backend backend) {
        UserId customer = backend.transaction(stores -> Seed.customer(stores, "customer"));
        List<Notice> notices = List.of(deposited(customer, "a", 1), deposited(customer, "b", 1),
                deposited(customer, "c", 1));
        backend.run(stores -> notices.forEach(stores.notifications()::raise));

        List<String> ids = feed(backend, customer, false, 1, 10).items().stream()
                .map(item -> item.notice().id().value()).toList();

        assertThat(ids).isSortedAccordingTo(java.util.Comparator.reverseOrder()).hasSize(3);
    }

    @ContractTest
    void markingReadKeepsTheFirstTimeAndAnotherUsersNotificationIsNotFound(Backend backend) {
        UserId customer = backend.transaction(stores -> Seed.customer(stores, "customer"));
        UserId stranger = backend.transaction(stores -> Seed.customer(stores, "stranger"));
        Notice notice = deposited(customer, "d-1", 10);
        backend.run(stores -> stores.notifications().raise(notice));

        assertThat(backend.<Optional<Notification>>transaction(stores -> stores.notifications().markRead(stranger, notice.id(), at(20))))
                .isEmpty();
        assertThat(backend.<Optional<Notification>>transaction(stores -> stores.notifications().markRead(customer,
                new NotificationId("unknown"), at(20)))).isEmpty();
        assertThat(backend.<Optional<Notification>>transaction(stores -> stores.notifications().markRead(customer, notice.id(), at(30))))
                .contains(new Notification(notice, at(30)));
        assertThat(backend.<Optional<Notification>>transaction(stores -> stores.notifications().markRead(customer, notice.id(), at(40))))
                .contains(new Notification(notice, at(30)));
    }

    @ContractTest
    void markingAllReadCountsOnlyTheRecipientsUnreadOnes(Backend backend) {
        UserId customer = backend.transaction(stores -> Seed.customer(stores, "customer"));
        UserId other = backend.transaction(stores -> Seed.customer(stores, "other"));
        backend.run(stores -> {
            stores.notifications().raise(deposited(customer, "d-1", 1));
            stores.notifications().raise(deposited(customer, "d-2", 2));
            stores.notifications().raise(deposited(other, "d-3", 3));
            stores.notifications().markRead(customer, Notices.idOf(NotificationType.DEPOSIT_COMPLETED,
                    new DepositId("d-1")), at(5));
        });

        assertThat(backend.<Long>transaction(stores -> stores.notifications().markAllRead(customer, at(10)))).isEqualTo(1);
        assertThat(backend.<Long>transaction(stores -> stores.notifications().markAllRead(customer, at(11)))).isZero();
        assertThat(feed(backend, customer, true, 1, 10).total()).isZero();
        assertThat(feed(backend, other, true, 1, 10).total()).isEqualTo(1);
    }

    /** A deposit_completed notice, its id derived as the domain derives it. */
    static Notice deposited(UserId recipient, String depositId, int second) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("depositId", depositId);
        data.put("amount", "100.00");
        return new Notice(Notices.idOf(NotificationType.DEPOSIT_COMPLETED, new DepositId(depositId)), recipient,
                NotificationType.DEPOSIT_COMPLETED, "Deposit received", "$100 was added to your wallet.", data,
                at(second));
    }

    private static Page<Notification> feed(Backend backend, UserId user, boolean unread, int page, int limit) {
        return backend.unitOfWork().read(stores -> stores.notifications().feed(user, unread, new PageRequest(page, limit)));
    }
}
