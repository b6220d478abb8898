package com.jobsphere.e2e.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobsphere.adapters.fcm.FakeFcm;
import com.jobsphere.adapters.stripe.StripeSignatures;
import com.jobsphere.e2e.stripe.StripeSteps;
import com.jobsphere.e2e.support.Api;
import com.jobsphere.e2e.support.Deal;
import com.jobsphere.e2e.support.Marketplace;
import com.jobsphere.e2e.support.Psql;
import com.jobsphere.e2e.support.Pushes;
import com.jobsphere.e2e.support.Service;
import com.jobsphere.e2e.support.User;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * CONTRACT.md §15 end to end: the real server with Stripe pointed at a fake Stripe (deposits are credited by signed
 * webhooks) and push at a fake FCM, whose token endpoint checks the RS256 assertions of a freshly generated service
 * account. Every test ends with the outbox settled, so what the fake received is final.
 */
class PushNotificationsIT {
    @RegisterExtension
    static final Service service = Service.withFakeStripe(Map.of()).withFakeFcm();

    private static Marketplace market;
    private static Api api;
    private static StripeSteps steps;
    private static FakeFcm fcm;
    private static Pushes pushes;

    @BeforeAll
    static void connect() {
        market = service.marketplace();
        api = service.api();
        steps = new StripeSteps(service);
        fcm = service.fcm();
        pushes = new Pushes(api, Psql.on(service.database()), fcm);
    }

    @AfterEach
    void settle() {
        pushes.awaitSettled();
    }

    @Test
    void aDepositCreditedByASignedWebhookIsPushedOnceToEachDeviceWithStringDataAndFedOnce() {
        User customer = market.customer();
        String phone = pushes.device(customer, "android");
        String tablet = pushes.device(customer, "ios");
        StripeSteps.StartedDeposit deposit = steps.startDeposit(customer, "100");
        String paid = StripeSignatures.checkoutSessionCompleted(deposit.sessionId(), deposit.depositId(),
                deposit.amountCents()).json();

        steps.deliver(paid).expect(200);
        steps.deliver(paid).expect(200);
        pushes.awaitSettled();

        Map<String, String> data = Map.of("type", "deposit_completed", "depositId", deposit.depositId(),
                "amount", "100.00");
        for (String token : List.of(phone, tablet)) {
            assertThat(pushes.to(token)).as("pushes to %s", token).singleElement().satisfies(push -> {
                assertThat(push.data()).isEqualTo(data);
                push.request().path("message").path("data").properties().forEach(field ->
                        assertThat(field.getValue().isTextual()).as(field.getKey()).isTrue());
                assertThat(push.title()).isEqualTo("Deposit received");
                assertThat(push.body()).isEqualTo("$100 was added to your wallet.");
                assertThat(push.projectId()).isEqualTo(fcm.projectId());
            });
        }
        List<JsonNode> feed = pushes.feed(customer);
        assertThat(feed).singleElement().satisfies(notification -> {
            assertThat(notification.path("type").asText()).isEqualTo("deposit_completed");
            assertThat(notification.path("data").path("depositId").asText()).isEqualTo(deposit.depositId());
            assertThat(notification.path("data").path("amount").isTextual()).isTrue();
            assertThat(notification.path("data").path("amount").asText()).isEqualTo("100.00");
            assertThat(notification.path("read").asBoolean()).isFalse();
        });
    }

    @Test
    void eachTypeOfADealIsRaisedOnceByTheFlowThatCausesItAndPushedToItsRecipientAlone() {
        User customer = market.customer();
        User contractor = market.contractor();
        String customerPhone = pushes.device(customer, "ios");
        String contractorPhone = pushes.device(contractor, "android");
        steps.deposit(customer, "500");

        Deal rejected = market.assigned(customer, contractor, "100");
        api.post("/api/job-request/offer/" + rejected.offerId() + "/reject").as(contractor)
                .json(Map.of("reason", "Call me on 555-0100 instead")).send().expect(200);
        Deal cancelled = market.assigned(customer, contractor, "100");
        api.post("/api/job/" + cancelled.jobId() + "/cancel").as(customer).send().expect(200);
        Deal completed = market.completed(customer, contractor, "100");
        pushes.awaitSettled();

        assertThat(pushes.types(customer)).containsExactlyInAnyOrder("deposit_completed", "offer_accepted",
                "offer_rejected", "refund_issued", "offer_accepted", "refund_issued", "offer_accepted");
        assertThat(pushes.types(contractor)).containsExactlyInAnyOrder("offer_received", "offer_received",
                "offer_received", "payout_received");
        assertThat(dataOf(customer, "offer_rejected")).containsExactly(Map.of("offerId", rejected.offerId(),
                "jobId", rejected.jobId()));
        assertThat(dataOf(customer, "refund_issued")).containsExactlyInAnyOrder(
                Map.of("offerId", rejected.offerId(), "amount", "105.00"),
                Map.of("jobId", cancelled.jobId(), "amount", "105.00"));
        assertThat(dataOf(contractor, "payout_received")).containsExactly(Map.of("jobId", completed.jobId(),
                "amount", "80.00"));
        assertThat(dataOf(contractor, "offer_received")).contains(Map.of("offerId", completed.offerId(),
                "jobId", completed.jobId(), "amount", "100.00"));
        assertPushedAsFed(customer, customerPhone, type -> true);
        assertPushedAsFed(contractor, contractorPhone, type -> true);
        assertThat(pushes.types(market.admin())).isEmpty();
    }

    @Test
    void eachEndOfAWithdrawalAndAFailedDepositIsRaisedOnce() {
        User customer = market.customer();
        String customerPhone = pushes.device(customer, "web");
        StripeSteps.PendingWithdrawal paid = steps.pendingWithdrawal("10");
        User contractor = paid.contractor();
        String contractorPhone = pushes.device(contractor, "android");
        String refused = market.withdraw(contractor, "11").expect(200).text("/withdrawal/_id");
        String rejected = market.withdraw(contractor, "12").expect(200).text("/withdrawal/_id");

        market.approveWithdrawal(paid.withdrawalId()).expect(200);
        service.stripe().refuseNextTransfer();
        market.approveWithdrawal(refused).expect(400);
        api.post("/api/admin/withdrawals/" + rejected + "/reject").as(market.admin())
                .json(Map.of("reason", "Please verify your bank account")).send().expect(200);
        StripeSteps.StartedDeposit expired = steps.startDeposit(customer, "20");
        steps.deliver(StripeSignatures.checkoutSessionExpired(expired.sessionId(), expired.depositId(),
                expired.amountCents()).json()).expect(200);
        pushes.awaitSettled();

        assertThat(dataOf(contractor, "withdrawal_completed")).containsExactly(
                Map.of("withdrawalId", paid.withdrawalId(), "amount", "10.00"));
        assertThat(dataOf(contractor, "withdrawal_failed")).containsExactly(
                Map.of("withdrawalId", refused, "amount", "11.00"));
        assertThat(dataOf(contractor, "withdrawal_rejected")).containsExactly(
                Map.of("withdrawalId", rejected, "amount", "12.00"));
        assertThat(pushes.types(customer)).containsExactly("deposit_failed");
        assertThat(dataOf(customer, "deposit_failed")).containsExactly(
                Map.of("depositId", expired.depositId(), "amount", "20.00"));
        assertPushedAsFed(contractor, contractorPhone, type -> type.startsWith("withdrawal_"));
        assertPushedAsFed(customer, customerPhone, type -> true);
    }

    @Test
    void aPushFcmAnswers503ToIsSentAgainAfterItsRetryAfterAndDeliveredOnce() {
        User customer = market.customer();
        String phone = pushes.device(customer, "android");
        int attemptsBefore = fcm.sendAttempts();
        fcm.failNextSends(1, "1");

        steps.deposit(customer, "30");
        pushes.awaitSettled();

        assertThat(fcm.sendAttempts() - attemptsBefore).as("a 503, then the delivery").isEqualTo(2);
        assertThat(pushes.to(phone)).singleElement()
                .satisfies(push -> assertThat(push.data()).containsEntry("type", "deposit_completed"));
        assertThat(pushes.outboxOf(phone)).singleElement().satisfies(row -> {
            assertThat(row.get("state")).isEqualTo("delivered");
            assertThat(row.get("attempts")).isEqualTo(2);
        });
    }

    @Test
    void aTokenFcmCallsUnregisteredIsRemovedWithItsPushesAndTheOtherDevicesStillGetThem() {
        User customer = market.customer();
        String uninstalled = pushes.device(customer, "ios");
        String phone = pushes.device(customer, "android");
        fcm.markUnregistered(uninstalled);

        steps.deposit(customer, "30");
        pushes.awaitSettled();
        int attemptsBefore = fcm.sendAttempts();
        steps.deposit(customer, "40");
        pushes.awaitSettled();

        assertThat(pushes.isRegistered(uninstalled)).isFalse();
        assertThat(pushes.outboxOf(uninstalled)).isEmpty();
        assertThat(pushes.to(uninstalled)).isEmpty();
        assertThat(pushes.to(phone)).hasSize(2);
        assertThat(fcm.sendAttempts() - attemptsBefore).as("nothing sent to the removed token again").isEqualTo(1);
        assertThat(pushes.feed(customer)).hasSize(2);
    }

    @Test
    void anotherUsersNotificationIsNotFoundAndEachFeedHoldsOnlyItsOwn() {
        User customer = market.customer();
        User stranger = market.customer();
        steps.deposit(customer, "10");
        steps.deposit(customer, "20");
        String newest = pushes.feed(customer).get(0).path("_id").asText();

        var refused = api.post("/api/notifications/" + newest + "/read").as(stranger).send().expect(404);
        assertThat(refused.message()).isEqualTo("Notification not found");
        assertThat(pushes.feed(stranger)).isEmpty();
        api.post("/api/notifications/no-such-notification/read").as(customer).send().expect(404);

        JsonNode read = api.post("/api/notifications/" + newest + "/read").as(customer).send().expect(200).data();
        assertThat(read.path("notification").path("_id").asText()).isEqualTo(newest);
        assertThat(read.path("notification").path("read").asBoolean()).isTrue();
        JsonNode unread = api.get("/api/notifications?unread=true&page=1&limit=1").as(customer).send().expect(200)
                .data();
        assertThat(unread.path("notifications")).hasSize(1);
        assertThat(unread.path("pagination").path("totalNotifications").asLong()).isEqualTo(1);
        assertThat(unread.path("pagination").path("totalPages").asLong()).isEqualTo(1);
        assertThat(unread.path("notifications").get(0).path("_id").asText()).isNotEqualTo(newest);
        assertThat(api.post("/api/notifications/read-all").as(customer).send().expect(200).data().path("updated")
                .asLong()).isEqualTo(1);
        assertThat(api.post("/api/notifications/read-all").as(customer).send().expect(200).data().path("updated")
                .asLong()).isZero();
        JsonNode all = api.get("/api/notifications?page=2&limit=1").as(customer).send().expect(200).data();
        assertThat(all.path("pagination").path("currentPage").asInt()).isEqualTo(2);
        assertThat(all.path("pagination").path("totalNotifications").asLong()).isEqualTo(2);
        assertThat(all.path("notifications").get(0).path("read").asBoolean()).isTrue();
    }

    @Test
    void devicesAreCheckedOnTheWayInAndRemovingOneIsIdempotentAndTheCallersAlone() {
        User owner = market.customer();
        User stranger = market.customer();
        String token = Pushes.newToken("fcm");

        assertThat(api.post("/api/notifications/devices").as(owner).raw("{\"platform\": \"android\"}").send()
                .expect(400).errorFields()).containsExactly("token");
        assertThat(pushes.register(owner, "two words", "android").expect(400).errorFields()).containsExactly("token");
        assertThat(pushes.register(owner, token, "windows").expect(400).errorFields()).containsExactly("platform");
        assertThat(api.get("/api/notifications?unread=yes").as(owner).send().expect(400).errorFields())
                .containsExactly("unread");
        assertThat(pushes.isRegistered(token)).isFalse();
        JsonNode device = pushes.register(owner, token, "ios").expect(201).data().path("device");
        assertThat(device.path("token").asText()).isEqualTo(token);
        assertThat(device.path("platform").asText()).isEqualTo("ios");

        api.delete("/api/notifications/devices/" + encoded(token)).as(stranger).send().expect(200);
        assertThat(pushes.isRegistered(token)).as("another user's device is left alone").isTrue();
        api.delete("/api/notifications/devices/" + encoded(token)).as(owner).send().expect(200);
        assertThat(pushes.isRegistered(token)).isFalse();
        api.delete("/api/notifications/devices/" + encoded(token)).as(owner).send().expect(200);
    }

    @Test
    void aDeviceThatMovesToAnotherUserTakesNoneOfThePushesQueuedForItsLastOwnerAlong() {
        User first = market.customer();
        User second = market.customer();
        String shared = pushes.device(first, "android");
        fcm.failNextSends(1, "3600");
        steps.deposit(first, "10");
        pushes.awaitRetryRecorded(shared);

        pushes.register(second, shared, "android").expect(201);
        steps.deposit(second, "20");
        pushes.awaitSettled();

        assertThat(pushes.to(shared)).extracting(push -> push.data().get("amount")).containsExactly("20.00");
        assertThat(pushes.feed(first)).hasSize(1);
        assertThat(pushes.outboxOf(shared)).singleElement()
                .satisfies(row -> assertThat(row.get("state")).isEqualTo("delivered"));
    }

    /**
     * Each notification in the user's feed of a type raised after the device was registered went to the device
     * once, with the type and data the feed shows; and none of any other.
     */
    private static void assertPushedAsFed(User user, String token, Predicate<String> sinceRegistered) {
        List<Map<String, String>> fed = new ArrayList<>();
        for (JsonNode notification : pushes.feed(user)) {
            if (!sinceRegistered.test(notification.path("type").asText())) {
                continue;
            }
            Map<String, String> data = new HashMap<>(strings(notification.path("data")));
            data.put("type", notification.path("type").asText());
            fed.add(data);
            assertThat(notification.path("title").asText() + notification.path("body").asText())
                    .doesNotContain("@").doesNotContain("555-0100").doesNotContain(user.name());
        }
        assertThat(pushes.to(token)).extracting(FakeFcm.DeliveredMessage::data).containsExactlyInAnyOrderElementsOf(fed);
    }

    private static List<Map<String, String>> dataOf(User user, String type) {
        return pushes.feed(user).stream().filter(notification -> notification.path("type").asText().equals(type))
                .map(notification -> strings(notification.path("data"))).toList();
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> values = new HashMap<>();
        object.properties().forEach(field -> {
            assertThat(field.getValue().isTextual()).as(field.getKey()).isTrue();
            values.put(field.getKey(), field.getValue().asText());
        });
        return values;
    }

    private static String encoded(String token) {
        return URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
