package com.jobsphere.e2e.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.adapters.fcm.FakeFcm;
import com.jobsphere.adapters.stripe.StripeSignatures;
import com.jobsphere.e2e.stripe.StripeSteps;
import com.jobsphere.e2e.support.Parallel;
import com.jobsphere.e2e.support.Psql;
import com.jobsphere.e2e.support.Pushes;
import com.jobsphere.e2e.support.Service;
import com.jobsphere.e2e.support.User;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two instances on one database, each with its dispatcher, both woken by every commit that queues pushes (LISTEN
 * on each), both claiming from the one outbox at the same moments: every push reaches FCM exactly once.
 */
class PushTwoInstancesIT {
    private static final int CUSTOMERS = 12;
    private static final int DEVICES_EACH = 2;
    private static final int DEPOSITS_EACH = 3;

    @RegisterExtension
    static final Service service = Service.withFakeStripe(Map.of()).withFakeFcm().withInstances(2);

    @Test
    void twoInstancesNeverSendOnePushTwice() {
        FakeFcm fcm = service.fcm();
        Pushes pushes = new Pushes(service.api(), Psql.on(service.database()), fcm);
        StripeSteps steps = new StripeSteps(service);
        List<User> customers = Parallel.run(CUSTOMERS, i -> service.marketplace().customer());
        customers.forEach(customer -> {
            for (int device = 0; device < DEVICES_EACH; device++) {
                pushes.device(customer, "android");
            }
        });
        List<StripeSteps.StartedDeposit> deposits = customers.stream()
                .flatMap(customer -> IntStream.range(0, DEPOSITS_EACH)
                        .mapToObj(i -> steps.startDeposit(customer, Integer.toString(10 + i))))
                .toList();

        // Each webhook goes to one instance or the other, all at once: the commits that queue the pushes wake both.
        Parallel.run(deposits.size(), i -> {
            StripeSteps.StartedDeposit deposit = deposits.get(i);
            String payload = StripeSignatures.checkoutSessionCompleted(deposit.sessionId(), deposit.depositId(),
                    deposit.amountCents()).json();
            return service.api(i % 2).post(StripeSteps.WEBHOOK_PATH)
                    .header("Stripe-Signature", StripeSignatures.sign(payload, Service.STRIPE_WEBHOOK_SECRET,
                            Instant.now()))
                    .raw(payload).send().expect(200);
        });
        pushes.awaitSettled();

        int expected = CUSTOMERS * DEVICES_EACH * DEPOSITS_EACH;
        Map<String, Long> perDeviceAndDeposit = fcm.delivered().stream().collect(Collectors.groupingBy(
                push -> push.deviceToken() + " " + push.data().get("depositId"), Collectors.counting()));
        assertThat(perDeviceAndDeposit).hasSize(expected);
        assertThat(perDeviceAndDeposit.values()).as("pushes of one deposit to one device").containsOnly(1L);
        assertThat(fcm.sendAttempts()).as("sends, successful or not").isEqualTo(expected);
        Map<Object, Long> outbox = Psql.on(service.database())
                .rows("select state, attempts from push_outbox").stream()
                .collect(Collectors.groupingBy(row -> row.get("state") + "/" + row.get("attempts"),
                        Collectors.counting()));
        assertThat(outbox).as("every push delivered at its first attempt").containsExactly(
                Map.entry("delivered/1", (long) expected));
        assertThat(customers).allSatisfy(customer -> assertThat(pushes.types(customer))
                .hasSize(DEPOSITS_EACH).containsOnly("deposit_completed"));
    }
}
