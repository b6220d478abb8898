package com.jobsphere.adapters.postgres;

import static com.jobsphere.adapters.postgres.NotificationsContractIT.deposited;
import static com.jobsphere.adapters.postgres.Seed.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.application.port.PageRequest;
import com.jobsphere.application.port.PushOutbox.ClaimedPush;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.notification.Device;
import com.jobsphere.domain.notification.DevicePlatform;
import com.jobsphere.domain.notification.Notice;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

class PushOutboxContractIT {
    private static final Instant LEASE_END = at(300);

    @ContractTest
    void aNoticeQueuesOnePushPerDeviceOfItsRecipientAndNoneForOthers(Backend backend) {
        UserId customer = customerWithDevices(backend, "customer", "phone", "tablet");
        customerWithDevices(backend, "other", "other-phone");
        Notice notice = deposited(customer, "d-1", 10);

        backend.run(stores -> stores.notifications().raise(notice));
        List<ClaimedPush> claimed = claim(backend, "first", at(10), 10);

        assertThat(claimed).extracting(ClaimedPush::deviceToken).containsExactlyInAnyOrder("phone", "tablet");
        assertThat(claimed).allSatisfy(push -> {
            assertThat(push.notice()).isEqualTo(notice);
            assertThat(push.attempt()).isEqualTo(1);
            assertThat(push.claim()).isEqualTo("first");
        });
        assertThat(claim(backend, "second", at(11), 10)).as("leased to the first claim").isEmpty();
    }

    @ContractTest
    void pushesAreClaimedDueFirstUpToTheLimitAndNotBeforeTheyAreDue(Backend backend) {
        UserId customer = customerWithDevices(backend, "customer", "phone");
        backend.run(stores -> {
            stores.notifications().raise(deposited(customer, "later", 20));
            stores.notifications().raise(deposited(customer, "earlier", 10));
        });

        assertThat(claim(backend, "too-soon", at(9), 10)).isEmpty();
        assertThat(claim(backend, "one", at(30), 1)).extracting(push -> push.notice().data().get("depositId"))
                .containsExactly("earlier");
        assertThat(claim(backend, "two", at(30), 1)).extracting(push -> push.notice().data().get("depositId"))
                .containsExactly("later");
    }

    @ContractTest
    void aPushWhoseLeaseRanOutIsClaimedAgainAndTheLostClaimChangesNothing(Backend backend) {
        UserId customer = customerWithDevices(backend, "customer", "phone");
        backend.run(stores -> stores.notifications().raise(deposited(customer, "d-1", 10)));
        ClaimedPush lost = claim(backend, "dead-instance", at(10), 10).get(0);

        ClaimedPush again = claim(backend, "live-instance", LEASE_END, 10).get(0);

        assertThat(again.attempt()).isEqualTo(2);
        assertThat(backend.<Boolean>transaction(stores -> stores.pushOutbox().delivered(lost, "late", at(400)))).isFalse();
        assertThat(backend.<Boolean>transaction(stores -> stores.pushOutbox().giveUp(lost, "late", at(400)))).isFalse();
        assertThat(backend.<Boolean>transaction(stores -> stores.pushOutbox().delivered(again, "msg-1", at(400)))).isTrue();
        assertThat(backend.<Boolean>transaction(stores -> stores.pushOutbox().delivered(again, "msg-1", at(401)))).isFalse();
        assertThat(nextDue(backend)).isEmpty();
    }

    @ContractTest
    void aPushToRetryIsDueAgainAtItsTimeAndAGivenUpOneNever(Backend backend) {
        UserId customer = customerWithDevices(backend, "customer", "phone", "tablet");
        backend.run(stores -> stores.notifications().raise(deposited(customer, "d-1", 10)));
        List<ClaimedPush> claimed = claim(backend, "first", at(10), 10);
        assertThat(nextDue(backend)).as("a claimed push is due when its lease ends").contains(LEASE_END);

        backend.run(stores -> {
            assertThat(stores.pushOutbox().retryAt(claimed.get(0), at(60), "503 UNAVAILABLE", at(11))).isTrue();
            assertThat(stores.pushOutbox().giveUp(claimed.get(1), "403 PERMISSION_DENIED", at(11))).isTrue();
        });

        assertThat(nextDue(backend)).contains(at(60));
        assertThat(claim(backend, "early", at(59), 10)).isEmpty();
        List<ClaimedPush> retried = claim(backend, "retry", at(60), 10);
        assertThat(retried).singleElement().satisfies(push -> {
            assertThat(push.deviceToken()).isEqualTo(claimed.get(0).deviceToken());
            assertThat(push.attempt()).isEqualTo(2);
        });
    }

    @ContractTest
    void aDeviceThatGoesTakesItsQueuedPushesAlongAndTheFeedStays(Backend backend) {
        UserId first = customerWithDevices(backend, "first", "removed", "forgotten", "moved", "kept");
        UserId second = backend.transaction(stores -> Seed.customer(stores, "second"));
        backend.run(stores -> stores.notifications().raise(deposited(first, "d-1", 10)));

        backend.run(stores -> {
            stores.devices().remove(first, "removed");
            stores.devices().forget("forgotten");
            stores.devices().register(new Device("moved", second, DevicePlatform.ANDROID, at(20)));
        });

        assertThat(claim(backend, "after", at(30), 10)).extracting(ClaimedPush::deviceToken).containsExactly("kept");
        assertThat(backend.unitOfWork().<Long>read(stores -> stores.notifications().feed(first, false,
                new PageRequest(1, 10)).total())).isEqualTo(1);
    }

    @ContractTest
    void oldPendingPushesExpireAndFinishedOnesArePurgedInBoundedBatches(Backend backend) {
        UserId customer = customerWithDevices(backend, "customer", "phone");
        backend.run(stores -> {
            for (int i = 1; i <= 4; i++) {
                stores.notifications().raise(deposited(customer, "d-" + i, i));
            }
        });
        ClaimedPush delivered = claim(backend, "c", at(4), 1).get(0);
        backend.run(stores -> stores.pushOutbox().delivered(delivered, "msg", at(5)));

        assertThat(backend.<Integer>transaction(stores -> stores.pushOutbox().expire(at(3), at(100), 10)))
                .as("pending and queued before second 3: d-2 only, d-1 was delivered").isEqualTo(1);
        assertThat(backend.<Integer>transaction(stores -> stores.pushOutbox().purge(at(200), 1))).isEqualTo(1);
        assertThat(backend.<Integer>transaction(stores -> stores.pushOutbox().purge(at(200), 10))).isEqualTo(1);
        assertThat(backend.<Integer>transaction(stores -> stores.pushOutbox().purge(at(200), 10))).isZero();
        assertThat(claim(backend, "rest", at(100), 10)).extracting(push -> push.notice().data().get("depositId"))
                .containsExactlyInAnyOrder("d-3", "d-4");
    }

    /**
     * Dispatchers on several instances claim at once, again and again, until nothing is left: every push is taken
     * by exactly one of them. On PostgreSQL the claims really overlap, and SKIP LOCKED keeps them apart.
     */
    @ContractTest
    void concurrentClaimsNeverTakeTheSamePush(Backend backend) throws Exception {
        UserId customer = customerWithDevices(backend, "customer", "phone", "tablet", "laptop");
        backend.run(stores -> {
            for (int i = 0; i < 40; i++) {
                stores.notifications().raise(deposited(customer, "d-" + i, 1));
            }
        });
        Set<Long> taken = ConcurrentHashMap.newKeySet();
        Set<Long> twice = ConcurrentHashMap.newKeySet();

        long claimers = Race.successes(6, index -> {
            List<ClaimedPush> batch;
            do {
                batch = claim(backend, "claimer-" + index, at(2), 3);
                batch.forEach(push -> {
                    if (!taken.add(push.id())) {
                        twice.add(push.id());
                    }
                });
            } while (!batch.isEmpty());
            return true;
        });

        assertThat(claimers).isEqualTo(6);
        assertThat(twice).isEmpty();
        assertThat(taken).hasSize(120);
    }

    private static UserId customerWithDevices(Backend backend, String id, String... tokens) {
        return backend.transaction(stores -> {
            UserId customer = Seed.customer(stores, id);
            for (String token : tokens) {
                stores.devices().register(new Device(token, customer, DevicePlatform.ANDROID, at(0)));
            }
            return customer;
        });
    }

    private static List<ClaimedPush> claim(Backend backend, String claim, Instant now, int limit) {
        return backend.transaction(stores -> stores.pushOutbox().claim(claim, now, LEASE_END.isAfter(now) ? LEASE_END
                : now.plusSeconds(300), limit));
    }

    private static Optional<Instant> nextDue(Backend backend) {
        return backend.unitOfWork().read(stores -> stores.pushOutbox().nextDue());
    }
}
