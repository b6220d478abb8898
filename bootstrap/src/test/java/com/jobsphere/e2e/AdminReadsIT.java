package com.jobsphere.e2e;

import static com.jobsphere.e2e.support.Amounts.dollars;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobsphere.e2e.support.Amounts;
import com.jobsphere.e2e.support.Api;
import com.jobsphere.e2e.support.Marketplace;
import com.jobsphere.e2e.support.Response;
import com.jobsphere.e2e.support.Service;
import com.jobsphere.e2e.support.User;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The reads the operators' console is built on (CONTRACT.md §14): users with their wallets, the platform balances
 * and the ledger's transfers with their postings, through the real server. Each test measures what its own money
 * movements changed, so the tests of the class do not depend on one another's order.
 */
class AdminReadsIT {
    @RegisterExtension
    static final Service service = Service.withDevelopmentGateway();

    private final Api api = service.api();
    private final Marketplace market = service.marketplace();

    @Test
    void aUserIsFoundByAPartOfTheirEmailInAnyCaseWithTheirBalanceAndFrozenState() {
        User customer = market.customer();
        market.deposit(customer, "42.50");
        market.freeze(customer);
        String part = customer.email().substring(0, customer.email().indexOf('@')).toUpperCase(Locale.ROOT);

        Response found = users("?email=" + encoded(part)).expect(200);

        assertThat(found.message()).isEqualTo("Users retrieved successfully");
        assertThat(found.data().path("users")).hasSize(1);
        JsonNode user = found.data().path("users").path(0);
        assertThat(user.path("_id").asText()).isEqualTo(customer.id());
        assertThat(user.path("email").asText()).isEqualTo(customer.email());
        assertThat(user.path("name").asText()).isEqualTo(customer.name());
        assertThat(user.path("role").asText()).isEqualTo("customer");
        assertThat(user.path("wallet").path("_id").asText()).isEqualTo(market.wallet(customer).text("/_id"));
        assertThat(Amounts.of(user.path("wallet").path("balance"))).isEqualTo(dollars("42.50"));
        assertThat(user.path("wallet").path("isFrozen").asBoolean()).isTrue();
        assertThat(user.path("wallet").path("frozenReason").asText()).isEqualTo("E2E test");
        assertThat(found.text()).contains("\"balance\":42.50");
    }

    @Test
    void usersAreListedNewestFirstAPageAtATime() {
        User older = market.contractor();
        User newer = market.contractor();

        Response first = users("?limit=2").expect(200);
        Response second = users("?limit=2&page=2").expect(200);

        assertThat(ids(first.data().path("users"))).containsExactly(newer.id(), older.id());
        assertThat(first.data().path("pagination").path("limit").asInt()).isEqualTo(2);
        assertThat(second.data().path("pagination").path("currentPage").asInt()).isEqualTo(2);
        long total = first.data().path("pagination").path("totalUsers").asLong();
        assertThat(total).isGreaterThanOrEqualTo(3);
        assertThat(first.data().path("pagination").path("totalPages").asLong()).isEqualTo((total + 1) / 2);
        assertThat(ids(second.data().path("users"))).doesNotContain(newer.id(), older.id());
    }

    @Test
    void aSearchTextOrAPageThatCannotBeIsRefusedByName() {
        assertThat(users("?email=" + "a".repeat(255)).expect(400).errorFields()).containsExactly("email");
        assertThat(users("?limit=0").expect(400).errorFields()).containsExactly("limit");
        assertThat(users("?page=x").expect(400).errorFields()).containsExactly("page");
        assertThat(api.get("/api/admin/ledger/transfers?limit=101").as(market.admin()).send().expect(400)
                .errorFields()).containsExactly("limit");
    }

    @Test
    void onlyTheAdminReadsThem() {
        User customer = market.customer();
        for (String path : List.of("/api/admin/users", "/api/admin/ledger/balances", "/api/admin/ledger/transfers")) {
            assertThat(api.get(path).as(customer).send().expect(403).message()).isEqualTo("Admin access required");
            api.get(path).send().expect(401);
        }
    }

    /** A deposit of 105 paid into escrow, the completion approved (80 paid, 25 kept), and 50 asked for by withdrawal. */
    @Test
    void thePlatformBalancesFollowEveryMovement() {
        Balances before = balances();

        User contractor = market.paidContractor();
        market.withdraw(contractor, "50").expect(200);
        Balances after = balances();

        assertThat(after.escrow().subtract(before.escrow())).isEqualByComparingTo("0");
        assertThat(after.revenue().subtract(before.revenue())).isEqualByComparingTo("25");
        assertThat(after.withdrawalsPending().subtract(before.withdrawalsPending())).isEqualByComparingTo("50");
        assertThat(after.stripeClearing().subtract(before.stripeClearing())).isEqualByComparingTo("-105");
    }

    @Test
    void theNewestTransfersComeFirstEachWithItsSignedPostings() {
        long before = transfers("?limit=1").data().path("pagination").path("totalTransfers").asLong();
        User contractor = market.paidContractor();
        market.withdraw(contractor, "50").expect(200);

        Response newest = transfers("?limit=3");

        JsonNode transfers = newest.data().path("transfers");
        assertThat(newest.message()).isEqualTo("Ledger transfers retrieved successfully");
        assertThat(newest.data().path("pagination").path("totalTransfers").asLong()).isEqualTo(before + 4);
        assertThat(types(transfers)).containsExactly("withdrawal_reserved", "completion_approved", "offer_accepted");
        assertThat(postings(transfers.path(0))).containsExactly("wallet:" + contractor.id() + " -50.00",
                "platform:withdrawals_pending 50.00");
        assertThat(postings(transfers.path(1))).containsExactly("platform:escrow -105.00",
                "wallet:" + contractor.id() + " 80.00", "platform:revenue 25.00");
        assertThat(newest.text()).contains("\"amount\":-105.00");
        assertThat(types(transfers("?limit=1&page=4").data().path("transfers"))).containsExactly("deposit_credited");
    }

    private record Balances(BigDecimal escrow, BigDecimal revenue, BigDecimal withdrawalsPending,
            BigDecimal stripeClearing) {
    }

    private Balances balances() {
        Response balances = api.get("/api/admin/ledger/balances").as(market.admin()).send().expect(200);
        assertThat(balances.message()).isEqualTo("Ledger balances retrieved successfully");
        JsonNode data = balances.data();
        return new Balances(Amounts.of(data.path("escrow")), Amounts.of(data.path("revenue")),
                Amounts.of(data.path("withdrawalsPending")), Amounts.of(data.path("stripeClearing")));
    }

    private Response users(String query) {
        return api.get("/api/admin/users" + query).as(market.admin()).send();
    }

    private Response transfers(String query) {
        return api.get("/api/admin/ledger/transfers" + query).as(market.admin()).send().expect(200);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("_id").asText()));
        return ids;
    }

    private static List<String> types(JsonNode transfers) {
        List<String> types = new ArrayList<>();
        transfers.forEach(transfer -> types.add(transfer.path("type").asText()));
        return types;
    }

    /** Each posting as {@code account amount}, the amount as the server wrote it. */
    private static List<String> postings(JsonNode transfer) {
        List<String> postings = new ArrayList<>();
        transfer.path("postings").forEach(posting -> postings.add(posting.path("account").asText() + " "
                + Amounts.of(posting.path("amount")).toPlainString()));
        return postings;
    }
}
