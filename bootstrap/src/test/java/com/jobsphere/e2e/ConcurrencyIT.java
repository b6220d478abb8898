package com.jobsphere.e2e;

import static com.jobsphere.e2e.support.Amounts.dollars;
import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.e2e.support.Api;
import com.jobsphere.e2e.support.Deal;
import com.jobsphere.e2e.support.Marketplace;
import com.jobsphere.e2e.support.Parallel;
import com.jobsphere.e2e.support.Response;
import com.jobsphere.e2e.support.Service;
import com.jobsphere.e2e.support.User;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Requests that race: the balance must never be spent twice, and a request repeated with one
 * Idempotency-Key must take effect once.
 */
class ConcurrencyIT {
    @RegisterExtension
    static final Service service = Service.withDevelopmentGateway();

    private static Marketplace market;
    private static Api api;

    @BeforeAll
    static void connect() {
        market = service.marketplace();
        api = service.api();
    }

    // The balance under concurrent spending.

    @Test
    void sixAcceptancesAtOnceWithMoneyForThreeLetExactlyThreeThrough() {
        User customer = market.customer();
        market.deposit(customer, "315");
        List<Deal> deals = IntStream.range(0, 6).mapToObj(i -> market.offered(customer, market.contractor(), "100"))
                .toList();
        BigDecimal platformBefore = market.balance(market.admin());

        List<Response> answers = Parallel.run(6, i -> market.accept(deals.get(i).contractor(), deals.get(i).offerId()));

        assertThat(answers).as("%s", answers).filteredOn(answer -> answer.status() == 200).hasSize(3);
        assertThat(answers).filteredOn(answer -> answer.status() != 200).hasSize(3)
                .allSatisfy(refused -> {
                    assertThat(refused.status()).as("%s", refused).isEqualTo(400);
                    assertThat(refused.message()).isEqualTo("Insufficient balance");
                });
        assertThat(market.balance(customer)).isEqualTo(dollars("0.00"));
        assertThat(market.balance(market.admin())).isEqualTo(platformBefore.add(dollars("315.00")));
        List<String> offerStatuses = deals.stream().map(deal -> api.get("/api/job-request/offer/" + deal.offerId())
                .as(customer).send().expect(200).text("/status")).toList();
        assertThat(offerStatuses).containsOnly("accepted", "pending").filteredOn("accepted"::equals).hasSize(3);
    }

    @Test
    void fiveWithdrawalsOf30AtOnceFrom80LetExactlyTwoThrough() {
        User contractor = market.paidContractor();

        List<Response> answers = Parallel.run(5, i -> market.withdraw(contractor, "30"));

        assertThat(answers).as("%s", answers).filteredOn(answer -> answer.status() == 200).hasSize(2);
        assertThat(answers).filteredOn(answer -> answer.status() != 200).hasSize(3)
                .allSatisfy(refused -> {
                    assertThat(refused.status()).as("%s", refused).isEqualTo(400);
                    assertThat(refused.message()).isEqualTo("Insufficient balance");
                });
        assertThat(market.balance(contractor)).isEqualTo(dollars("20.00"));
        assertThat(withdrawalCount(contractor)).isEqualTo(2);
    }

    // Idempotency-Key.

    @Test
    void tenIdenticalWithdrawalsAtOnceWithOneKeyWithdrawOnce() {
        User contractor = market.paidContractor();
        String key = UUID.randomUUID().toString();

        List<Response> answers = Parallel.run(10, i -> withdraw(contractor, key, "30"));

        List<Response> succeeded = answers.stream().filter(answer -> answer.status() == 200).toList();
        assertThat(succeeded).as("%s", answers).isNotEmpty();
        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as("%s", answer).isIn(200, 409));
        assertThat(succeeded).extracting(Response::text).containsOnly(succeeded.get(0).text());
        assertThat(market.balance(contractor)).isEqualTo(dollars("50.00"));
        assertThat(withdrawalCount(contractor)).isEqualTo(1);
    }

    @Test
    void aRetryWithTheSameKeyAndBodyReplaysTheFirstResponse() {
        User contractor = market.paidContractor();
        String key = UUID.randomUUID().toString();
        Response first = withdraw(contractor, key, "30").expect(200);

        Response retry = withdraw(contractor, key, "30");

        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.text()).isEqualTo(first.text());
        assertThat(retry.header("Idempotent-Replayed")).hasValue("true");
        assertThat(market.balance(contractor)).isEqualTo(dollars("50.00"));
    }

    @Test
    void aRefusalIsReplayedToo() {
        User contractor = market.paidContractor();
        String key = UUID.randomUUID().toString();
        Response first = withdraw(contractor, key, "90");
        assertThat(first.status()).isEqualTo(400);

        Response retry = withdraw(contractor, key, "90");

        assertThat(retry.status()).isEqualTo(400);
        assertThat(retry.text()).isEqualTo(first.text());
    }

    @Test
    void theSameKeyWithADifferentBodyIsRefused() {
        User contractor = market.paidContractor();
        String key = UUID.randomUUID().toString();
        withdraw(contractor, key, "30").expect(200);

        Response refused = withdraw(contractor, key, "20");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).contains("Idempotency-Key");
        assertThat(market.balance(contractor)).isEqualTo(dollars("50.00"));
    }

    @Test
    void oneKeyUsedByTwoUsersIsTwoRequests() {
        User first = market.paidContractor();
        User second = market.paidContractor();
        String key = UUID.randomUUID().toString();

        withdraw(first, key, "30").expect(200);
        withdraw(second, key, "30").expect(200);

        assertThat(market.balance(first)).isEqualTo(dollars("50.00"));
        assertThat(market.balance(second)).isEqualTo(dollars("50.00"));
    }

    @Test
    void tenIdenticalDepositsAtOnceWithOneKeyStartOneDeposit() {
        User customer = market.customer();
        String key = UUID.randomUUID().toString();

        List<Response> answers = Parallel.run(10, i -> api.post("/api/wallet/deposit").as(customer).idempotencyKey(key)
                .json(Marketplace.amount("100")).send());

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as("%s", answer).isIn(200, 409));
        List<String> sessions = answers.stream().filter(answer -> answer.status() == 200)
                .map(answer -> answer.text("/sessionId")).toList();
        assertThat(sessions).isNotEmpty().containsOnly(sessions.get(0));
        Response history = api.get("/api/wallet/transactions?type=deposit").as(customer).send().expect(200);
        assertThat(history.data().path("transactions")).hasSize(1);
    }

    @Test
    void aKeyLongerThan255CharactersIsRefused() {
        User customer = market.customer();

        Response refused = api.post("/api/wallet/deposit").as(customer).idempotencyKey("k".repeat(256))
                .json(Marketplace.amount("100")).send();

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).contains("Idempotency-Key");
    }

    private static Response withdraw(User contractor, String key, String amount) {
        return api.post("/api/wallet/withdraw").as(contractor).idempotencyKey(key)
                .json(Map.of("amount", new BigDecimal(amount))).send();
    }

    private static int withdrawalCount(User contractor) {
        return api.get("/api/wallet/transactions?type=withdrawal").as(contractor).send().expect(200)
                .data().path("pagination").path("totalTransactions").asInt();
    }
}
