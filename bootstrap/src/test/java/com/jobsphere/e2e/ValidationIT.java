package com.jobsphere.e2e;

import static com.jobsphere.e2e.support.Amounts.dollars;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobsphere.e2e.support.Api;
import com.jobsphere.e2e.support.Deal;
import com.jobsphere.e2e.support.Marketplace;
import com.jobsphere.e2e.support.Response;
import com.jobsphere.e2e.support.Service;
import com.jobsphere.e2e.support.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the service refuses, with which status, and how the refusal is written. */
class ValidationIT {
    @RegisterExtension
    static final Service service = Service.withDevelopmentGateway();

    private static final String DESCRIPTION = "Complete the project as described in the job posting";

    private static Marketplace market;
    private static Api api;
    private static User customer;
    private static User contractor;

    @BeforeAll
    static void signUp() {
        market = service.marketplace();
        api = service.api();
        customer = market.customer();
        contractor = market.contractor();
        market.deposit(customer, "10000");
    }

    // Money input.

    @ParameterizedTest(name = "deposit body {0}")
    @ValueSource(strings = {
        "{\"amount\": 9.99}", "{\"amount\": 10000.01}", "{\"amount\": 0}", "{\"amount\": -5}",
        "{\"amount\": 100.001}", "{\"amount\": \"100\"}", "{\"amount\": null}", "{}", "{\"amount\": 1e400}",
    })
    void aDepositAmountOutOfBoundsOrNotAPlainNumberIsRefusedNamingAmount(String body) {
        Response refused = api.post("/api/wallet/deposit").as(customer).raw(body).send();

        assertRefusedNaming(refused, "amount");
    }

    @ParameterizedTest(name = "offer amount {0}")
    @ValueSource(strings = {"9.99", "10000.01", "0", "-5", "100.001", "\"100\"", "null", "1e400"})
    void anOfferAmountOutOfBoundsOrNotAPlainNumberIsRefusedNamingAmount(String amount) {
        String applicationId = market.apply(contractor, market.postJob(customer));

        Response refused = api.post("/api/job-request/" + applicationId + "/send-offer").as(customer)
                .raw("{\"amount\": " + amount + ", \"timeline\": \"2 weeks\", \"description\": \"" + DESCRIPTION + "\"}")
                .send();

        assertRefusedNaming(refused, "amount");
    }

    @Test
    void anOfferWithoutAnAmountIsRefusedNamingAmount() {
        String applicationId = market.apply(contractor, market.postJob(customer));

        Response refused = api.post("/api/job-request/" + applicationId + "/send-offer").as(customer)
                .json(Map.of("timeline", "2 weeks", "description", DESCRIPTION)).send();

        assertRefusedNaming(refused, "amount");
    }

    @ParameterizedTest(name = "withdrawal body {0}")
    @ValueSource(strings = {"{\"amount\": 9.99}", "{\"amount\": 10000.01}", "{\"amount\": 100.001}", "{}"})
    void aWithdrawalAmountOutOfBoundsIsRefusedNamingAmount(String body) {
        Response refused = api.post("/api/wallet/withdraw").as(contractor).raw(body).send();

        assertRefusedNaming(refused, "amount");
    }

    @ParameterizedTest(name = "deposit body {0}")
    @ValueSource(strings = {"{\"amount\": 10}", "{\"amount\": 10000}", "{\"amount\": 200}", "{\"amount\": 100.0}",
        "{\"amount\": 52.5}", "{\"amount\": 99.99}"})
    void theBoundsAndTheWaysDartWritesANumberAreValidAmounts(String body) {
        Response started = api.post("/api/wallet/deposit").as(customer).raw(body).send();

        assertThat(started.status()).as("%s", started).isEqualTo(200);
    }

    @Test
    void theDepositEchoesAnIntegralAmountWithTwoDecimals() {
        Response started = api.post("/api/wallet/deposit").as(customer).raw("{\"amount\": 200}").send().expect(200);

        assertThat(started.text()).contains("\"amount\":200.00");
    }

    // Offer fields.

    @ParameterizedTest(name = "timeline of {0} characters")
    @ValueSource(ints = {0, 101})
    void aTimelineMustBe1To100Characters(int length) {
        Response refused = offerWith("x".repeat(length), DESCRIPTION);

        assertRefusedNaming(refused, "timeline");
    }

    @ParameterizedTest(name = "timeline of {0} characters")
    @ValueSource(ints = {1, 100})
    void aTimelineOf1Or100CharactersIsAccepted(int length) {
        assertThat(offerWith("x".repeat(length), DESCRIPTION).status()).isEqualTo(201);
    }

    @Test
    void aMissingTimelineIsRefusedNamingTimeline() {
        String applicationId = market.apply(contractor, market.postJob(customer));

        Response refused = api.post("/api/job-request/" + applicationId + "/send-offer").as(customer)
                .json(Map.of("amount", 100, "description", DESCRIPTION)).send();

        assertRefusedNaming(refused, "timeline");
    }

    @ParameterizedTest(name = "description of {0} characters")
    @ValueSource(ints = {9, 1001})
    void aDescriptionMustBe10To1000Characters(int length) {
        Response refused = offerWith("2 weeks", "d".repeat(length));

        assertRefusedNaming(refused, "description");
    }

    @ParameterizedTest(name = "description of {0} characters")
    @ValueSource(ints = {10, 1000})
    void aDescriptionOf10Or1000CharactersIsAccepted(int length) {
        assertThat(offerWith("2 weeks", "d".repeat(length)).status()).isEqualTo(201);
    }

    // Business rules.

    @Test
    void aJobTakesOneOfferAtATime() {
        String jobId = market.postJob(customer);
        String first = market.apply(contractor, jobId);
        String second = market.apply(market.contractor(), jobId);
        market.sendOffer(customer, first, "100").expect(201);

        Response refused = market.sendOffer(customer, second, "100");

        assertThat(refused.status()).isEqualTo(400);
        assertEnvelope(refused);
    }

    @Test
    void anOfferTheBalanceCannotCoverIsRefusedWithTheAmountsTheAppShows() {
        User poor = market.customer();
        market.deposit(poor, "50");
        String applicationId = market.apply(contractor, market.postJob(poor));

        Response refused = market.sendOffer(poor, applicationId, "100");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.message()).isEqualTo("Insufficient balance");
        assertThat(refused.json().path("data").isNull()).isTrue();
        assertThat(refused.errors()).hasSize(1);
        assertThat(refused.errors().path(0).path("field").asText()).isEqualTo("amount");
        assertThat(refused.errors().path(0).path("message").asText()).isEqualTo("Required: $105, Available: $50");
    }

    @Test
    void aFrozenWalletCanNeitherDepositNorSendAnOfferNorHaveItsOfferAccepted() {
        User frozen = market.customer();
        market.deposit(frozen, "300");
        Deal deal = market.offered(frozen, contractor, "100");
        String laterApplication = market.apply(market.contractor(), market.postJob(frozen));

        market.freeze(frozen);

        assertFrozen(market.accept(contractor, deal.offerId()));
        assertFrozen(api.post("/api/wallet/deposit").as(frozen).json(Marketplace.amount("100")).send());
        assertFrozen(market.sendOffer(frozen, laterApplication, "100"));
        assertThat(market.balance(frozen)).isEqualTo(dollars("300.00"));
    }

    @Test
    void aFrozenContractorCannotWithdraw() {
        User paid = market.paidContractor();
        market.freeze(paid);

        assertFrozen(market.withdraw(paid, "50"));
        assertThat(market.balance(paid)).isEqualTo(dollars("80.00"));
    }

    @Test
    void anUnfrozenWalletWorksAgain() {
        User customerToThaw = market.customer();
        market.freeze(customerToThaw);

        api.post("/api/admin/users/" + customerToThaw.id() + "/unfreeze").as(market.admin()).send().expect(200);

        market.deposit(customerToThaw, "20");
        assertThat(market.balance(customerToThaw)).isEqualTo(dollars("20.00"));
    }

    @Test
    void aNewOfferMayBeSentOnceTheFirstIsRejected() {
        String jobId = market.postJob(customer);
        String first = market.apply(contractor, jobId);
        String offerId = market.sendOffer(customer, first, "100").expect(201).text("/offer/_id");
        api.post("/api/job-request/offer/" + offerId + "/reject").as(contractor).send().expect(200);

        String second = market.apply(market.contractor(), jobId);

        assertThat(market.sendOffer(customer, second, "100").status()).isEqualTo(201);
    }

    @Test
    void assigningAJobThroughTheStatusEndpointIsRefused() {
        String jobId = market.postJob(customer);

        Response refused = market.changeStatus(customer, jobId, "assigned");

        assertThat(refused.status()).isEqualTo(400);
    }

    @Test
    void aTransitionOutsideTheReferenceIsRefusedNamingBothStates() {
        String jobId = market.postJob(customer);

        Response skipped = market.changeStatus(customer, jobId, "in_progress");
        Response completed = market.changeStatus(market.admin(), jobId, "completed");

        assertThat(skipped.status()).isEqualTo(400);
        assertThat(skipped.message()).isEqualTo("Invalid status transition from open to in_progress");
        assertThat(completed.status()).isEqualTo(400);
        assertThat(completed.message()).isEqualTo("Invalid status transition from open to completed");
    }

    // The HTTP edge.

    @Test
    void malformedJsonIsA400Envelope() {
        Response refused = api.post("/api/wallet/deposit").as(customer).raw("{\"amount\": 100,").send();

        assertThat(refused.status()).isEqualTo(400);
        assertEnvelope(refused);
    }

    @Test
    void aBodyThatIsNotAJsonObjectIsA400Envelope() {
        Response refused = api.post("/api/wallet/deposit").as(customer).raw("[100]").send();

        assertThat(refused.status()).isEqualTo(400);
        assertEnvelope(refused);
    }

    @Test
    void anUnknownRouteIsA404EnvelopeWithOrWithoutAToken() {
        Response anonymous = api.get("/api/no-such-thing").send();
        Response signedIn = api.post("/api/no-such-thing").as(customer).send();
        Response outsideTheApi = api.get("/no-such-page").send();

        for (Response missing : List.of(anonymous, signedIn, outsideTheApi)) {
            assertThat(missing.status()).as("%s", missing).isEqualTo(404);
            assertEnvelope(missing);
        }
    }

    @Test
    void anUnknownIdIsA404Envelope() {
        Response missing = market.job(customer, "ffffffffffffffffffffffff");

        assertThat(missing.status()).isEqualTo(404);
        assertEnvelope(missing);
    }

    @Test
    void aWrongMethodIsA405Envelope() {
        Response refused = api.delete("/api/wallet").as(customer).send();

        assertThat(refused.status()).isEqualTo(405);
        assertEnvelope(refused);
    }

    @Test
    void aBodyOver64KibIsA413Envelope() {
        String body = "{\"amount\": 100, \"padding\": \"" + "x".repeat(65 * 1024) + "\"}";

        Response refused = api.post("/api/wallet/deposit").as(customer).raw(body).send();

        assertThat(refused.status()).isEqualTo(413);
        assertEnvelope(refused);
    }

    @Test
    void aSuccessIsTheEnvelopeStatusMessageAndData() {
        Response wallet = market.wallet(customer);

        assertThat(fieldNames(wallet.json())).containsExactly("status", "message", "data");
        assertThat(wallet.json().path("status").asInt()).isEqualTo(200);
        assertThat(wallet.message()).isEqualTo("Wallet retrieved successfully");
        assertThat(wallet.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    }

    @Test
    void noRefusalOrFaultShowsAStackTraceSqlOrAClassName() {
        List<Response> odd = List.of(
                api.get("/api/wallet/transactions?page=2147483647&limit=100").as(customer).send(),
                api.get("/api/job/" + "9".repeat(300)).as(customer).send(),
                api.get("/api/job/'%3B%20drop%20table%20jobs%3B--").as(customer).send(),
                api.post("/api/wallet/deposit").as(customer).raw("{\"amount\": 1e999999999}").send(),
                api.post("/api/wallet/deposit").as(customer).raw("{\"amount\": 100, \"amount\": 200}").send(),
                api.post("/api/wallet/deposit").as(customer).raw("[".repeat(5000)).send(),
                api.post("/api/job-request/x/send-offer").as(customer).raw("{\"amount\": {\"nested\": true}}").send(),
                api.patch("/api/job/x/status").as(customer).raw("{\"status\": 42}").send());

        for (Response response : odd) {
            assertThat(response.status()).as("%s", response).isBetween(200, 599);
            assertThat(response.text()).as("%s", response)
                    .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("com.jobsphere")
                    .doesNotContain("org.").doesNotContain("java.").doesNotContain("SQL").doesNotContain("jdbi");
            if (response.status() >= 400) {
                assertEnvelope(response);
            }
            if (response.status() >= 500) {
                assertThat(response.message()).isEqualTo("Internal server error");
            }
        }
    }

    private Response offerWith(String timeline, String description) {
        String applicationId = market.apply(contractor, market.postJob(customer));
        return api.post("/api/job-request/" + applicationId + "/send-offer").as(customer)
                .json(Map.of("amount", 100, "timeline", timeline, "description", description)).send();
    }

    private static void assertRefusedNaming(Response refused, String field) {
        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertEnvelope(refused);
        assertThat(refused.errorFields()).as("%s", refused).contains(field);
    }

    private static void assertFrozen(Response refused) {
        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertThat(refused.message()).contains("frozen");
    }

    /** The error envelope: exactly {status, message, data: null, errors: [...]}, status matching the HTTP status. */
    static void assertEnvelope(Response refused) {
        JsonNode json = refused.json();
        assertThat(fieldNames(json)).as("%s", refused).containsExactly("status", "message", "data", "errors");
        assertThat(json.path("status").asInt()).isEqualTo(refused.status());
        assertThat(json.path("message").asText()).isNotBlank();
        assertThat(json.path("data").isNull()).isTrue();
        assertThat(json.path("errors").isArray()).isTrue();
        json.path("errors").forEach(error -> assertThat(fieldNames(error)).containsExactly("field", "message"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
