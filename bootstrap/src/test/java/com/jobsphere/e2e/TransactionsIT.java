package com.jobsphere.e2e;

import static com.jobsphere.e2e.support.Amounts.dollars;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobsphere.e2e.support.Amounts;
import com.jobsphere.e2e.support.Api;
import com.jobsphere.e2e.support.Deal;
import com.jobsphere.e2e.support.Marketplace;
import com.jobsphere.e2e.support.Response;
import com.jobsphere.e2e.support.Service;
import com.jobsphere.e2e.support.User;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code GET /api/wallet/transactions} over one customer's history: three deposits of 10, 20 and 105,
 * one offer of 100 accepted (105 to the platform) and rejected (105 refunded). Five items in all.
 */
class TransactionsIT {
    @RegisterExtension
    static final Service service = Service.withDevelopmentGateway();

    private static Marketplace market;
    private static Api api;
    private static User customer;
    private static User admin;

    @BeforeAll
    static void buildAHistory() {
        market = service.marketplace();
        api = service.api();
        admin = market.admin();
        customer = market.customer();
        market.deposit(customer, "10");
        market.deposit(customer, "20");
        market.deposit(customer, "105");
        Deal deal = market.assigned(customer, market.contractor(), "100");
        api.post("/api/job-request/offer/" + deal.offerId() + "/reject").as(deal.contractor()).send().expect(200);
    }

    @Test
    void theFirstPageHasTheDefaultsAndTheTotals() {
        Response page = transactions("");

        assertThat(page.data().path("transactions")).hasSize(5);
        assertPagination(page, 1, 1, 5, 20);
    }

    @Test
    void pagesSplitTheHistoryByLimit() {
        Response first = transactions("?page=1&limit=2");
        Response last = transactions("?page=3&limit=2");
        Response beyond = transactions("?page=4&limit=2");

        assertThat(first.data().path("transactions")).hasSize(2);
        assertPagination(first, 1, 3, 5, 2);
        assertThat(last.data().path("transactions")).hasSize(1);
        assertPagination(last, 3, 3, 5, 2);
        assertThat(beyond.data().path("transactions")).isEmpty();
    }

    @Test
    void pagesDoNotOverlapAndTogetherHoldEveryItem() {
        List<String> ids = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            transactions("?page=" + page + "&limit=2").data().path("transactions")
                    .forEach(item -> ids.add(item.path("_id").asText()));
        }

        assertThat(ids).hasSize(5).doesNotHaveDuplicates();
    }

    @Test
    void theNewestComeFirst() {
        List<Instant> createdAt = new ArrayList<>();
        transactions("").data().path("transactions")
                .forEach(item -> createdAt.add(Instant.parse(item.path("createdAt").asText())));

        assertThat(createdAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(transactions("").text("/transactions/0/type")).isEqualTo("refund");
    }

    @Test
    void theTypeFilterKeepsOnlyThatType() {
        Response deposits = transactions("?type=deposit");

        assertThat(deposits.data().path("transactions").findValuesAsText("type")).containsOnly("deposit").hasSize(3);
        assertPagination(deposits, 1, 1, 3, 20);
        assertThat(amounts(deposits)).containsExactly(dollars("105.00"), dollars("20.00"), dollars("10.00"));
    }

    @Test
    void aDepositIsCompletedAndPopulatesItsRecipient() {
        JsonNode deposit = transactions("?type=deposit").data().path("transactions").path(0);

        assertThat(deposit.path("status").asText()).isEqualTo("completed");
        assertThat(deposit.path("completedAt").asText()).isNotEmpty();
        assertParty(deposit.path("to"), customer.id(), customer.name(), customer.email());
    }

    @Test
    void anOfferPaymentGoesFromTheCustomerToTheAdminWithItsOfferAndJob() {
        JsonNode transfer = transactions("?type=wallet_transfer").data().path("transactions").path(0);

        assertThat(Amounts.of(transfer.path("amount"))).isEqualTo(dollars("105.00"));
        assertThat(transfer.path("description").asText()).isEqualTo("Offer accepted - $105 transferred to admin");
        assertParty(transfer.path("from"), customer.id(), customer.name(), customer.email());
        assertParty(transfer.path("to"), admin.id(), admin.name(), admin.email());
        assertThat(transfer.path("offer").asText()).isNotBlank();
        assertThat(transfer.path("job").asText()).isNotBlank();
    }

    @Test
    void aRefundGoesFromTheAdminBackToTheCustomer() {
        JsonNode refund = transactions("?type=refund").data().path("transactions").path(0);

        assertThat(Amounts.of(refund.path("amount"))).isEqualTo(dollars("105.00"));
        assertParty(refund.path("from"), admin.id(), admin.name(), admin.email());
        assertParty(refund.path("to"), customer.id(), customer.name(), customer.email());
    }

    @Test
    void aStartedButUnpaidDepositIsListedAsPending() {
        User newcomer = market.customer();
        market.startDeposit(newcomer, "25");

        JsonNode deposit = api.get("/api/wallet/transactions").as(newcomer).send().expect(200)
                .data().path("transactions").path(0);

        assertThat(deposit.path("status").asText()).isEqualTo("pending");
        assertThat(Amounts.of(deposit.path("amount"))).isEqualTo(dollars("25.00"));
        assertThat(market.balance(newcomer)).isEqualTo(dollars("0.00"));
    }

    @Test
    void moneyIsWrittenWithTwoDecimals() {
        assertThat(transactions("?type=deposit").text()).contains("\"amount\":10.00").contains("\"amount\":20.00");
    }

    @Test
    void anotherUserSeesNoneOfThisHistory() {
        Response other = api.get("/api/wallet/transactions").as(market.customer()).send().expect(200);

        assertThat(other.data().path("transactions")).isEmpty();
        assertPagination(other, 1, 0, 0, 20);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "page=0, page", "page=-1, page", "page=abc, page", "page=1.5, page",
        "limit=0, limit", "limit=101, limit", "limit=x, limit",
        "type=bogus, type", "type=DEPOSIT, type",
    })
    void anInvalidParameterIsRefusedByName(String query, String parameter) {
        Response refused = api.get("/api/wallet/transactions?" + query).as(customer).send();

        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertThat(refused.errorFields()).contains(parameter);
    }

    @Test
    void theLargestLimitIsAccepted() {
        assertPagination(transactions("?limit=100"), 1, 1, 5, 100);
    }

    private static Response transactions(String query) {
        return api.get("/api/wallet/transactions" + query).as(customer).send().expect(200);
    }

    private static void assertPagination(Response page, int currentPage, int totalPages, int totalTransactions,
            int limit) {
        JsonNode pagination = page.data().path("pagination");
        assertThat(pagination.path("currentPage").asInt()).as("currentPage").isEqualTo(currentPage);
        assertThat(pagination.path("totalPages").asInt()).as("totalPages").isEqualTo(totalPages);
        assertThat(pagination.path("totalTransactions").asInt()).as("totalTransactions").isEqualTo(totalTransactions);
        assertThat(pagination.path("limit").asInt()).as("limit").isEqualTo(limit);
    }

    private static void assertParty(JsonNode party, String id, String name, String email) {
        assertThat(party.path("_id").asText()).isEqualTo(id);
        assertThat(party.path("name").asText()).isEqualTo(name);
        assertThat(party.path("email").asText()).isEqualTo(email);
    }

    private static List<BigDecimal> amounts(Response page) {
        List<BigDecimal> amounts = new ArrayList<>();
        page.data().path("transactions").forEach(item -> amounts.add(Amounts.of(item.path("amount"))));
        return amounts;
    }
}
