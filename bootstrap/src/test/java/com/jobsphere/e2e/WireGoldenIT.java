package com.jobsphere.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobsphere.adapters.stripe.FakeStripe;
import com.jobsphere.adapters.stripe.StripeSignatures;
import com.jobsphere.e2e.support.Api;
import com.jobsphere.e2e.support.Response;
import com.jobsphere.e2e.support.Service;
import com.jobsphere.e2e.support.User;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The HTTP wire output of the reference's whole flow, compared byte for byte with a golden transcript
 * ({@code src/test/resources/golden/reference-flow.txt}), so that a change meant to keep the API as it is can be
 * shown to have done so. {@code -Dgolden.record=true} writes the transcript instead of comparing it.
 *
 * <p>Every answer is recorded with its method, path template, status, the headers the app reads and the body as
 * the raw text the server wrote. Only what differs between runs by design is replaced, by {@link Normaliser}: ids,
 * instants, tokens and ports. Key order, number formatting, null against absent fields and messages are compared
 * exactly, because the body is compared as text, never as a parsed tree.
 *
 * <p>The main flow runs against a fake Stripe, as production runs against Stripe: a deposit is credited by a
 * signed {@code checkout.session.completed} and onboarding ends with a signed {@code account.updated}. A shorter
 * flow runs on the development gateway, whose checkout and onboarding pages are on the wire too.
 */
class WireGoldenIT {
    @RegisterExtension
    static final Service stripeService = Service.withFakeStripe(Map.of(
            "STRIPE_READ_TIMEOUT_MILLIS", "2000", "STRIPE_MAX_NETWORK_RETRIES", "0"));

    @RegisterExtension
    static final Service devService = Service.withDevelopmentGateway();

    private static final String PASSWORD = "SecurePass123";
    private static final String UNKNOWN_ID = "ffffffffffffffffffffffff";
    private static final String OFFER_OF_100 = "{\"amount\":100,\"timeline\":\"2 weeks\","
            + "\"description\":\"Complete the project as described in the job posting\"}";
    /**
     * Requests are spaced by this much, so that no millisecond the server writes can belong to two requests: an
     * instant is named by the request during which it was stamped (see {@link Normaliser}).
     */
    private static final long PAUSE_MILLIS = 3;

    private final Transcript transcript = new Transcript();
    private Api api;
    private User customer;
    private User contractor;
    private User admin;
    private User stranger;
    private String jobId;

    @Test
    void theReferenceFlowAnswersByteForByteAsTheGoldenTranscript() {
        api = stripeService.api();
        signUpAndSignIn();
        depositThroughStripeCheckout();
        sendAndAcceptAnOffer(postAJobAndApply());
        startAndCompleteTheJob();
        readTheHistory();
        onboardWithStripeAndWithdraw();
        rejectAnOfferBeforeAndAfterAcceptance();
        cancelAnAssignedJob();
        refuseWhatTheReferenceRefuses();
        get("/api/admin/ledger/verify").as(admin).send();
        api = devService.api();
        depositAndOnboardOnTheDevelopmentGateway();

        Golden.compare(transcript.text());
    }

    private void signUpAndSignIn() {
        transcript.section("Accounts: register, log in, refresh, me");
        customer = user(post("/api/auth/register").body(registration("customer", "Golden Customer", "customer")).send());
        contractor = user(post("/api/auth/register").body(registration("contractor", "Golden Contractor", "contractor")).send());
        customer = user(post("/api/auth/login").body(credentials("customer@golden.test", PASSWORD)).send());
        contractor = user(post("/api/auth/login").body(credentials("contractor@golden.test", PASSWORD)).send());
        admin = user(post("/api/auth/login").body(credentials(Service.ADMIN_EMAIL, Service.ADMIN_PASSWORD)).send());
        Response refreshed = post("/api/auth/refresh").body(refreshToken(customer)).send();
        customer = new User(customer.id(), customer.email(), customer.name(), customer.role(),
                refreshed.text("/tokens/accessToken"), refreshed.text("/tokens/refreshToken"));
        get("/api/auth/me").as(customer).send();
        get("/api/auth/me").as(contractor).send();
        get("/api/auth/me").as(admin).send();
    }

    private void depositThroughStripeCheckout() {
        transcript.section("Deposit through Stripe Checkout, credited by a signed webhook");
        get("/api/wallet").as(customer).send();
        String sessionId = post("/api/wallet/deposit").as(customer).key("golden-deposit").body("{\"amount\":300.00}")
                .send().text("/sessionId");
        post("/api/wallet/deposit").as(customer).key("golden-deposit").body("{\"amount\":300.00}").send();
        post("/api/wallet/deposit").as(customer).key("golden-deposit").body("{\"amount\":250.00}").send();
        get("/api/wallet/transactions").as(customer).send();
        FakeStripe.CheckoutSession session = checkoutSession(sessionId);
        String paid = StripeSignatures.checkoutSessionCompleted(sessionId, session.clientReferenceId(),
                session.amountTotalCents()).id("evt_golden_checkout_completed").json();
        webhook(paid, "checkout.session.completed (paid) for " + sessionId, Service.STRIPE_WEBHOOK_SECRET);
        webhook(paid, "the same event delivered again", Service.STRIPE_WEBHOOK_SECRET);
        webhook(paid, "the same event signed with another secret", "whsec_not_the_configured_one");
        get("/api/wallet").as(customer).send();
    }

    private String postAJobAndApply() {
        transcript.section("A job and an application");
        jobId = postJob("Build a Flutter app");
        get("/api/job").as(customer).send();
        get("/api/job?status=open&page=1&limit=10").as(contractor).send();
        get("/api/job/:id", jobId).as(contractor).send();
        String applicationId = apply(jobId, contractor);
        apply(jobId, contractor);
        get("/api/job/:id/applications", jobId).as(customer).send();
        get("/api/job-request/my-applications").as(contractor).send();
        return applicationId;
    }

    private void sendAndAcceptAnOffer(String applicationId) {
        transcript.section("The offer, accepted");
        String offerId = post("/api/job-request/:applicationId/send-offer", applicationId).as(customer)
                .body(OFFER_OF_100).send().text("/offer/_id");
        get("/api/job-request/offer/:offerId", offerId).as(contractor).send();
        get("/api/job/:id/applications", jobId).as(customer).send();
        get("/api/job-request/my-applications").as(contractor).send();
        post("/api/job-request/offer/:offerId/accept", offerId).as(contractor).key("golden-accept").send();
        post("/api/job-request/offer/:offerId/accept", offerId).as(contractor).key("golden-accept").send();
        wallets();
        get("/api/job/:id", jobId).as(customer).send();
    }

    private void startAndCompleteTheJob() {
        transcript.section("The work, a completion refused, then approved");
        patch("/api/job/:id/status", jobId).as(contractor).body("{\"status\":\"in_progress\"}").send();
        String refused = post("/api/job/:id/complete", jobId).as(customer).send().text("/completionRequest/_id");
        get("/api/admin/completion-requests?status=pending").as(admin).send();
        post("/api/admin/completion-requests/:id/reject", refused).as(admin)
                .body("{\"reason\":\"The photos do not show the finished work\"}").send();
        get("/api/admin/completion-requests").as(admin).send();
        get("/api/job/:id", jobId).as(customer).send();
        String approved = post("/api/job/:id/complete", jobId).as(customer).send().text("/completionRequest/_id");
        get("/api/admin/completion-requests?status=pending").as(admin).send();
        post("/api/admin/completion-requests/:id/approve", approved).as(admin).send();
        get("/api/admin/completion-requests?status=approved").as(admin).send();
        get("/api/job/:id", jobId).as(contractor).send();
        wallets();
    }

    private void readTheHistory() {
        transcript.section("Transaction history: filters and pages");
        for (String query : List.of("", "?type=deposit", "?type=wallet_transfer", "?page=1&limit=1",
                "?page=2&limit=1", "?page=3&limit=1")) {
            get("/api/wallet/transactions" + query).as(customer).send();
        }
        get("/api/wallet/transactions").as(contractor).send();
        get("/api/wallet/transactions?type=contractor_payout").as(contractor).send();
        get("/api/wallet/transactions").as(admin).send();
        get("/api/wallet/transactions?type=wallet_transfer").as(admin).send();
        get("/api/wallet/transactions?type=contractor_payout&page=1&limit=5").as(admin).send();
    }

    private void onboardWithStripeAndWithdraw() {
        transcript.section("Stripe Connect onboarding");
        get("/api/wallet/stripe/status").as(contractor).send();
        post("/api/wallet/withdraw").as(contractor).body("{\"amount\":50.00}").send();
        post("/api/wallet/stripe/onboard").as(contractor).send();
        String accountId = lastAccountLinkAccount();
        stripeService.stripe().setAccountStatus(accountId, true, true);
        webhook(StripeSignatures.accountUpdated(accountId, true, true).id("evt_golden_account_updated").json(),
                "account.updated (details submitted, payouts enabled) for " + accountId,
                Service.STRIPE_WEBHOOK_SECRET);
        get("/api/wallet/stripe/status").as(contractor).send();
        transcript.section("Withdrawals: one approved, one rejected, one beyond the balance");
        String approved = post("/api/wallet/withdraw").as(contractor).key("golden-withdraw")
                .body("{\"amount\":50.00}").send().text("/withdrawal/_id");
        get("/api/wallet").as(contractor).send();
        get("/api/admin/withdrawals?status=pending").as(admin).send();
        post("/api/admin/withdrawals/:id/approve", approved).as(admin).send();
        get("/api/wallet").as(contractor).send();
        String rejected = post("/api/wallet/withdraw").as(contractor).body("{\"amount\":20}").send()
                .text("/withdrawal/_id");
        get("/api/admin/withdrawals").as(admin).send();
        post("/api/admin/withdrawals/:id/reject", rejected).as(admin)
                .body("{\"reason\":\"The bank details need checking\"}").send();
        get("/api/admin/withdrawals?status=rejected").as(admin).send();
        post("/api/wallet/withdraw").as(contractor).body("{\"amount\":100.00}").send();
        get("/api/wallet").as(contractor).send();
        get("/api/wallet/transactions").as(contractor).send();
        get("/api/wallet/transactions?type=withdrawal").as(contractor).send();
        get("/api/wallet/transactions").as(admin).send();
    }

    private void rejectAnOfferBeforeAndAfterAcceptance() {
        transcript.section("Refund paths: an offer rejected while pending, then after acceptance");
        String job = postJob("Fix the checkout screen");
        String applicationId = apply(job, contractor);
        String first = sendOffer(applicationId);
        post("/api/job-request/offer/:offerId/reject", first).as(contractor)
                .body("{\"reason\":\"Timeline is too short for this project\"}").send();
        get("/api/job/:id/applications", job).as(customer).send();
        String second = sendOffer(applicationId);
        post("/api/job-request/offer/:offerId/accept", second).as(contractor).send();
        get("/api/wallet").as(customer).send();
        post("/api/job-request/offer/:offerId/reject", second).as(contractor).send();
        get("/api/job/:id", job).as(customer).send();
        get("/api/job/:id/applications", job).as(customer).send();
        get("/api/job-request/offer/:offerId", second).as(customer).send();
        get("/api/wallet").as(customer).send();
        get("/api/wallet/transactions?type=refund").as(customer).send();
    }

    private void cancelAnAssignedJob() {
        transcript.section("Refund paths: a job cancelled after acceptance");
        String job = postJob("Translate the app into Spanish");
        String offerId = sendOffer(apply(job, contractor));
        post("/api/job-request/offer/:offerId/accept", offerId).as(contractor).send();
        post("/api/job/:id/cancel", job).as(customer).body("{\"reason\":\"Project requirements changed\"}").send();
        get("/api/job-request/offer/:offerId", offerId).as(customer).send();
        get("/api/job/:id", job).as(contractor).send();
        get("/api/job/:id/applications", job).as(customer).send();
        get("/api/job-request/my-applications").as(contractor).send();
        get("/api/wallet").as(customer).send();
        get("/api/wallet/transactions?type=refund").as(customer).send();
        get("/api/job").as(customer).send();
        get("/api/job").as(admin).send();
    }

    private void refuseWhatTheReferenceRefuses() {
        transcript.section("Refusals: 400, 401, 403, 404, 405, insufficient balance, frozen");
        stranger = user(post("/api/auth/register").body(registration("stranger", "Golden Stranger", "contractor"))
                .send());
        post("/api/auth/register").body("{\"email\":\"not-an-email\",\"password\":\"short\",\"name\":\"\","
                + "\"role\":\"admin\"}").send();
        post("/api/auth/register").body(registration("customer", "Golden Customer", "customer")).send();
        post("/api/auth/login").body(credentials("customer@golden.test", "WrongPass123")).send();
        get("/api/wallet").send();
        get("/api/wallet").bearer("not-a-token").send();
        post("/api/job").as(contractor).body(job("A job for a contractor")).send();
        get("/api/admin/completion-requests").as(customer).send();
        get("/api/job/:id", jobId).as(stranger).send();
        post("/api/wallet/deposit").as(admin).body("{\"amount\":100.00}").send();
        get("/api/job/:id", UNKNOWN_ID).as(customer).send();
        get("/api/job-request/offer/:offerId", UNKNOWN_ID).as(customer).send();
        get("/api/no-such-thing").as(customer).send();
        post("/api/job").as(customer).body("{\"title\":\"ab\",\"description\":\"short\",\"budget\":5}").send();
        post("/api/wallet/deposit").as(customer).body("{\"amount\":100.001}").send();
        post("/api/wallet/deposit").as(customer).body("{\"amount\": 100,").send();
        refuseAnOfferBeyondTheBalance();
        get("/api/wallet/transactions?type=bogus").as(customer).send();
        get("/api/wallet/transactions?limit=101").as(customer).send();
        delete("/api/wallet").as(customer).send();
        freezeAndUnfreeze();
        post("/api/auth/logout").as(customer).body(refreshToken(customer)).send();
        post("/api/auth/refresh").body(refreshToken(customer)).send();
    }

    private void refuseAnOfferBeyondTheBalance() {
        String job = postJob("Redesign the whole shop");
        String applicationId = apply(job, stranger);
        post("/api/job-request/:applicationId/send-offer", applicationId).as(customer)
                .body(OFFER_OF_100.replace("\"amount\":100", "\"amount\":1000")).send();
        patch("/api/job/:id/status", job).as(customer).body("{\"status\":\"assigned\"}").send();
        patch("/api/job/:id/status", jobId).as(contractor).body("{\"status\":\"in_progress\"}").send();
    }

    private void freezeAndUnfreeze() {
        post("/api/admin/users/:userId/freeze", customer.id()).as(admin)
                .body("{\"reason\":\"Golden transcript check\"}").send();
        post("/api/wallet/deposit").as(customer).body("{\"amount\":100.00}").send();
        get("/api/wallet").as(customer).send();
        post("/api/admin/users/:userId/unfreeze", customer.id()).as(admin).send();
    }

    private void depositAndOnboardOnTheDevelopmentGateway() {
        transcript.section("Development gateway: checkout and onboarding pages");
        User payer = user(post("/api/auth/register").body(registration("dev-customer", "Dev Customer", "customer")).send());
        User payee = user(post("/api/auth/register").body(registration("dev-contractor", "Dev Contractor",
                "contractor")).send());
        String paid = post("/api/wallet/deposit").as(payer).body("{\"amount\":50.00}").send().text("/sessionId");
        get("/dev/checkout/:sessionId", paid).send();
        post("/dev/checkout/:sessionId/pay", paid).form().send();
        post("/dev/checkout/:sessionId/pay", paid).form().send();
        String cancelled = post("/api/wallet/deposit").as(payer).body("{\"amount\":20.00}").send().text("/sessionId");
        post("/dev/checkout/:sessionId/cancel", cancelled).form().send();
        get("/dev/checkout/:sessionId", "cs_dev_" + UNKNOWN_ID).send();
        get("/api/wallet").as(payer).send();
        get("/api/wallet/transactions").as(payer).send();
        String onboardingUrl = post("/api/wallet/stripe/onboard").as(payee).send().text("/onboardingUrl");
        String accountId = onboardingUrl.substring(onboardingUrl.lastIndexOf('/') + 1);
        get("/dev/connect/:accountId", accountId).send();
        post("/dev/connect/:accountId/enable", accountId).form().send();
        get("/api/wallet/stripe/status").as(payee).send();
    }

    // Steps made of several requests.

    private String postJob(String title) {
        return post("/api/job").as(customer).body(job(title)).send().text("/_id");
    }

    private String apply(String job, User applicant) {
        return post("/api/job/:id/apply", job).as(applicant)
                .body("{\"message\":\"I have built several apps like this one.\"}").send().text("/_id");
    }

    private String sendOffer(String applicationId) {
        return post("/api/job-request/:applicationId/send-offer", applicationId).as(customer).body(OFFER_OF_100)
                .send().text("/offer/_id");
    }

    private void wallets() {
        get("/api/wallet").as(customer).send();
        get("/api/wallet").as(contractor).send();
        get("/api/wallet").as(admin).send();
    }

    private void webhook(String payload, String description, String secret) {
        post("/api/webhooks/stripe").header("Stripe-Signature", StripeSignatures.sign(payload, secret, Instant.now()))
                .describedAs("signed Stripe event: " + description).body(payload).send();
    }

    private FakeStripe.CheckoutSession checkoutSession(String sessionId) {
        return stripeService.stripe().checkoutSessions().stream()
                .filter(candidate -> candidate.id().equals(sessionId)).findFirst()
                .orElse(new FakeStripe.CheckoutSession(sessionId, "", 0, Map.of(), ""));
    }

    private String lastAccountLinkAccount() {
        List<FakeStripe.Request> links = stripeService.stripe().requests("POST", "/v1/account_links");
        return links.isEmpty() ? "" : links.get(links.size() - 1).param("account");
    }

    // Fixed request bodies.

    private static String registration(String name, String displayName, String role) {
        return "{\"email\":\"" + name + "@golden.test\",\"password\":\"" + PASSWORD + "\",\"name\":\""
                + displayName + "\",\"role\":\"" + role + "\"}";
    }

    private static String credentials(String email, String password) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }

    private static String refreshToken(User user) {
        return "{\"refreshToken\":\"" + user.refreshToken() + "\"}";
    }

    private static String job(String title) {
        return "{\"title\":\"" + title + "\",\"description\":\"A small mobile app for our shop, with a wallet screen.\","
                + "\"budget\":100,\"category\":\"Mobile Development\",\"location\":\"Remote\"}";
    }

    private static User user(Response session) {
        JsonNode data = session.data();
        return new User(data.at("/user/_id").asText(), data.at("/user/email").asText(),
                data.at("/user/name").asText(), data.at("/user/role").asText(),
                data.at("/tokens/accessToken").asText(), data.at("/tokens/refreshToken").asText());
    }

    // Requests.

    private Exchange get(String template, String... pathParameters) {
        return new Exchange("GET", template, pathParameters);
    }

    private Exchange post(String template, String... pathParameters) {
        return new Exchange("POST", template, pathParameters);
    }

    private Exchange patch(String template, String... pathParameters) {
        return new Exchange("PATCH", template, pathParameters);
    }

    private Exchange delete(String template, String... pathParameters) {
        return new Exchange("DELETE", template, pathParameters);
    }

    /** One request as the transcript shows it; {@link #send()} sends it and records the answer. */
    private final class Exchange {
        private static final Pattern PARAMETER = Pattern.compile(":[A-Za-z]+");

        private final String method;
        private final String template;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String caller = "anonymous";
        private String accessToken;
        private String body = "";
        private String description;

        private Exchange(String method, String template, String... pathParameters) {
            this.method = method;
            this.template = template;
            Matcher parameters = PARAMETER.matcher(template);
            StringBuilder path = new StringBuilder();
            int next = 0;
            while (parameters.find()) {
                parameters.appendReplacement(path, Matcher.quoteReplacement(pathParameters[next++]));
            }
            parameters.appendTail(path);
            assertThat(next).as("path parameters of %s", template).isEqualTo(pathParameters.length);
            this.path = path.toString();
        }

        /**
         * Authenticates as the user; the transcript names them by their email's local part (a user whose sign-up
         * failed has none, and the transcript then shows the failed sign-up rather than this test stopping).
         */
        Exchange as(User user) {
            int at = user.email().indexOf('@');
            caller = at < 0 ? "(no user)" : user.email().substring(0, at);
            accessToken = user.accessToken();
            return this;
        }

        Exchange bearer(String token) {
            caller = "bearer " + token;
            accessToken = token;
            return this;
        }

        Exchange key(String idempotencyKey) {
            return header("Idempotency-Key", idempotencyKey);
        }

        /** A form post from a browser, as the development gateway's pages make. */
        Exchange form() {
            return header("Content-Type", "application/x-www-form-urlencoded");
        }

        Exchange header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /** The body, sent exactly as written. */
        Exchange body(String text) {
            body = text;
            return this;
        }

        /** For a body too long or too time-dependent to show (a signed Stripe event): the transcript describes it. */
        Exchange describedAs(String text) {
            description = text;
            return this;
        }

        Response send() {
            pause();
            Api.Call call = switch (method) {
                case "GET" -> api.get(path);
                case "POST" -> api.post(path);
                case "PATCH" -> api.patch(path);
                case "DELETE" -> api.delete(path);
                default -> throw new IllegalArgumentException("no such method in this test: " + method);
            };
            if (accessToken != null) {
                call.bearer(accessToken);
            }
            headers.forEach(call::header);
            if (!body.isEmpty()) {
                call.raw(body);
            }
            Instant started = Instant.now();
            Response response = call.send();
            transcript.add(this, response, started, Instant.now());
            return response;
        }

        private static void pause() {
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted between requests", e);
            }
        }
    }

    /**
     * The whole conversation as text, normalised as it is written. Its format, stated at its top, keeps each body's
     * bytes: lines starting with {@code |} are one body cut into pieces, and joined they give it back exactly.
     */
    static final class Transcript {
        private static final String HEADER = """
                # WireGoldenIT: every request of the reference's flow and its answer, normalised (see WireGoldenIT).
                # <id:N>: the Nth distinct id, by first appearance. <time:#N>: an instant stamped while request N was
                # answered; <time:#N+Dd>: D days after one; <time:N>: the Nth other instant, by first appearance.
                # <token>: an access or refresh token; <port>: the server's port; <signature>: a Stripe-Signature
                # computed at the time of the run.
                # Lines starting with | are one body cut after , { [ outside strings (JSON) or after > and newlines
                # (other text); joined, they give the body exactly, with \\ newline, return and tab escaped.
                """;
        /** The response headers the app or a browser acts on; the others (Date, lengths, request ids) are not kept. */
        private static final List<String> RESPONSE_HEADERS = List.of("Content-Type", "Idempotent-Replayed",
                "Cache-Control", "Allow", "Location", "Retry-After", "WWW-Authenticate", "X-Content-Type-Options",
                "Referrer-Policy", "Content-Security-Policy");

        private final StringBuilder text = new StringBuilder(HEADER);
        private final Normaliser normaliser = new Normaliser();
        private int exchanges;

        void section(String title) {
            text.append("\n## ").append(title).append('\n');
        }

        void add(Exchange request, Response response, Instant started, Instant ended) {
            exchanges++;
            normaliser.answering(exchanges, started, ended);
            text.append("\n### ").append(exchanges).append(' ').append(request.method).append(' ')
                    .append(request.template).append('\n');
            if (!request.path.equals(request.template)) {
                line("> path: ", request.path);
            }
            line("> as: ", request.caller);
            request.headers.forEach((name, value) ->
                    line("> " + name + ": ", "Stripe-Signature".equals(name) ? "<signature>" : value));
            if (request.description != null) {
                line("> body: ", "(" + request.description + ")");
            } else if (!request.body.isEmpty()) {
                line("> body: ", request.body);
            }
            text.append("< status: ").append(response.status()).append('\n');
            for (String name : RESPONSE_HEADERS) {
                List<String> values = response.headers().allValues(name);
                if (!values.isEmpty()) {
                    line("< " + name + ": ", String.join(", ", values));
                }
            }
            body(response.text());
        }

        private void line(String label, String value) {
            text.append(label);
            normaliser.normalise(Body.split(value)).forEach(piece -> text.append(Body.escape(piece)));
            text.append('\n');
        }

        private void body(String raw) {
            if (raw.isEmpty()) {
                text.append("< body: (empty)\n");
                return;
            }
            text.append("< body:\n");
            normaliser.normalise(Body.split(raw)).forEach(piece -> text.append('|').append(Body.escape(piece))
                    .append('\n'));
        }

        String text() {
            return text.toString();
        }
    }

    /** How a body is cut into transcript lines, and written on them, without changing a byte of it. */
    static final class Body {
        private Body() {
        }

        /**
         * JSON is cut after each {@code ,} {@code {} and {@code [} outside a string, so that a changed field shows
         * as one changed line; any other text after each line break, and after each {@code >} that does not end a
         * line already.
         */
        static List<String> split(String text) {
            List<String> pieces = new ArrayList<>();
            boolean json = text.startsWith("{") || text.startsWith("[");
            boolean inString = false;
            boolean escaped = false;
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean cut;
                if (!json) {
                    cut = c == '\n' || c == '>' && (i + 1 == text.length() || text.charAt(i + 1) != '\n');
                } else if (inString) {
                    cut = false;
                    inString = escaped || c != '"';
                    escaped = !escaped && c == '\\';
                } else {
                    inString = c == '"';
                    cut = c == ',' || c == '{' || c == '[';
                }
                if (cut) {
                    pieces.add(text.substring(start, i + 1));
                    start = i + 1;
                }
            }
            if (start < text.length()) {
                pieces.add(text.substring(start));
            }
            return pieces;
        }

        static String escape(String piece) {
            return piece.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
        }
    }

    /**
     * Replaces what legitimately differs from run to run, and only that: tokens (learned from the token fields
     * they are issued in, and any JWT), the server's port, instants and ids (24 hex digits as the service makes
     * them, and the fake Stripe's {@code Fake} + 16 digits, wherever they appear, inside URLs and Stripe ids too).
     * One normaliser serves the whole transcript, so numbering is consistent.
     *
     * <p>An instant is named by the request during which the server stamped it, not numbered by value: one use case
     * may read the clock twice, and whether two readings fall in the same millisecond changes from run to run. The
     * server and the test share this machine's clock, and requests are spaced apart, so each request's time window
     * (from sending to the answer) holds only its own stamps. An instant a whole number of days after a window
     * (an offer's {@code expiresAt}) is named from it; any other (start-up) is numbered by first appearance. The
     * written shape is kept when it is not the contract's milliseconds.
     */
    static final class Normaliser {
        private static final Pattern TOKEN_FIELD = Pattern.compile("\"(?:accessToken|refreshToken)\":\"([^\"]+)\"");
        private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        private static final Pattern PORT = Pattern.compile("(https?://(?:localhost|127\\.0\\.0\\.1)):\\d+");
        private static final Pattern INSTANT = Pattern.compile(
                "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
        private static final Pattern ID = Pattern.compile("(?<![0-9a-f])[0-9a-f]{24}(?![0-9a-f])|Fake\\d{16}");
        /** How far after a request a date it stamped may lie (an offer expires 7 days after it was sent). */
        private static final int MAXIMUM_DAYS_AHEAD = 366;

        private final Set<String> tokens = new LinkedHashSet<>();
        private final Map<String, Integer> ids = new HashMap<>();
        private final Map<Instant, Integer> instants = new HashMap<>();
        private final List<Window> windows = new ArrayList<>();

        /** The time from sending request {@code exchange} to its answer, in the milliseconds the server writes. */
        private record Window(int exchange, Instant from, Instant to) {
        }

        /** Request {@code exchange} was sent at {@code from} and answered by {@code to}; requests come in order. */
        void answering(int exchange, Instant from, Instant to) {
            windows.add(new Window(exchange, from.truncatedTo(ChronoUnit.MILLIS), to));
        }

        /** Normalises the pieces of one text in order; tokens are learned from the whole text first. */
        List<String> normalise(List<String> pieces) {
            Matcher fields = TOKEN_FIELD.matcher(String.join("", pieces));
            while (fields.find()) {
                tokens.add(fields.group(1));
            }
            return pieces.stream().map(this::normalise).toList();
        }

        private String normalise(String piece) {
            String text = piece;
            for (String token : tokens) {
                text = text.replace(token, "<token>");
            }
            text = JWT.matcher(text).replaceAll("<token>");
            text = PORT.matcher(text).replaceAll("$1:<port>");
            text = INSTANT.matcher(text).replaceAll(match -> instant(match.group(), match.group(1)));
            return ID.matcher(text).replaceAll(match -> "<id:" + number(ids, match.group()) + ">");
        }

        private String instant(String written, String fraction) {
            String shape = fraction == null ? "|no-fraction"
                    : fraction.length() == 4 ? "" : "|fraction-digits-" + (fraction.length() - 1);
            return "<time:" + name(Instant.parse(written)) + shape + ">";
        }

        private String name(Instant at) {
            Window stamped = windowOf(at);
            if (stamped != null) {
                return "#" + stamped.exchange();
            }
            for (int days = 1; days <= MAXIMUM_DAYS_AHEAD; days++) {
                Window earlier = windowOf(at.minus(Duration.ofDays(days)));
                if (earlier != null) {
                    return "#" + earlier.exchange() + "+" + days + "d";
                }
            }
            return String.valueOf(number(instants, at));
        }

        /** The window holding {@code at}, or null: a binary search, as windows are in time order. */
        private Window windowOf(Instant at) {
            int low = 0;
            int high = windows.size() - 1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                Window window = windows.get(middle);
                if (at.isBefore(window.from())) {
                    high = middle - 1;
                } else if (at.isAfter(window.to())) {
                    low = middle + 1;
                } else {
                    return window;
                }
            }
            return null;
        }

        private static <K> int number(Map<K, Integer> numbers, K value) {
            Integer known = numbers.get(value);
            if (known != null) {
                return known;
            }
            numbers.put(value, numbers.size() + 1);
            return numbers.size();
        }
    }

    /** The golden file: written with {@code -Dgolden.record=true}, else compared with the transcript. */
    static final class Golden {
        private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
        private static final Path FILE = MODULE.resolve("src/test/resources/golden/reference-flow.txt");
        private static final Path ACTUAL = MODULE.resolve("target/golden/reference-flow.actual.txt");
        private static final int MAXIMUM_DIFF_LINES = 200;

        private Golden() {
        }

        static void compare(String transcript) {
            write(ACTUAL, transcript);
            if (Boolean.getBoolean("golden.record")) {
                write(FILE, transcript);
                return;
            }
            String golden = read(FILE);
            if (!golden.equals(transcript)) {
                throw new AssertionError("The wire output differs from " + FILE + " (this run's transcript: "
                        + ACTUAL + ")\n" + UnifiedDiff.of(golden.lines().toList(), transcript.lines().toList(),
                        MAXIMUM_DIFF_LINES));
            }
        }

        private static String read(Path file) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("no golden transcript at " + file + "; record it with "
                        + "-Dgolden.record=true", e);
            }
        }

        private static void write(Path file, String text) {
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("could not write " + file, e);
            }
        }
    }

    /** A unified diff (3 lines of context) of two line lists, cut after a number of lines. */
    static final class UnifiedDiff {
        private static final int CONTEXT = 3;
        /** Beyond this many cells the longest common subsequence is not computed; the first lines are shown. */
        private static final long MAXIMUM_CELLS = 40_000_000L;

        private record Edit(char kind, String line, int expectedLine, int actualLine) {
        }

        private UnifiedDiff() {
        }

        static String of(List<String> expected, List<String> actual, int maximumLines) {
            List<Edit> edits = edits(expected, actual);
            StringBuilder out = new StringBuilder("--- golden\n+++ this run\n");
            int lines = 0;
            int i = 0;
            while (i < edits.size() && lines < maximumLines) {
                if (edits.get(i).kind() == ' ') {
                    i++;
                    continue;
                }
                int from = Math.max(0, i - CONTEXT);
                int to = hunkEnd(edits, i);
                out.append(header(edits, from, to));
                for (int k = from; k < to && lines < maximumLines; k++, lines++) {
                    out.append(edits.get(k).kind()).append(edits.get(k).line()).append('\n');
                }
                i = to;
            }
            if (lines >= maximumLines) {
                out.append("... (cut after ").append(maximumLines).append(" lines)\n");
            }
            return out.toString();
        }

        /** Where the hunk with a change at {@code start} ends: {@link #CONTEXT} unchanged lines after its last change. */
        private static int hunkEnd(List<Edit> edits, int start) {
            int lastChange = start;
            for (int k = start; k < edits.size() && k <= lastChange + 2 * CONTEXT; k++) {
                if (edits.get(k).kind() != ' ') {
                    lastChange = k;
                }
            }
            return Math.min(edits.size(), lastChange + CONTEXT + 1);
        }

        private static String header(List<Edit> edits, int from, int to) {
            int expectedCount = 0;
            int actualCount = 0;
            for (int k = from; k < to; k++) {
                expectedCount += edits.get(k).kind() == '+' ? 0 : 1;
                actualCount += edits.get(k).kind() == '-' ? 0 : 1;
            }
            return "@@ -" + edits.get(from).expectedLine() + "," + expectedCount + " +" + edits.get(from).actualLine()
                    + "," + actualCount + " @@\n";
        }

        private static List<Edit> edits(List<String> expected, List<String> actual) {
            int prefix = 0;
            while (prefix < expected.size() && prefix < actual.size() && expected.get(prefix).equals(actual.get(prefix))) {
                prefix++;
            }
            int suffix = 0;
            while (suffix < expected.size() - prefix && suffix < actual.size() - prefix
                    && expected.get(expected.size() - 1 - suffix).equals(actual.get(actual.size() - 1 - suffix))) {
                suffix++;
            }
            List<String> a = expected.subList(prefix, expected.size() - suffix);
            List<String> b = actual.subList(prefix, actual.size() - suffix);
            List<Edit> edits = new ArrayList<>();
            for (int k = 0; k < prefix; k++) {
                edits.add(new Edit(' ', expected.get(k), k + 1, k + 1));
            }
            middle(a, b, prefix, edits);
            for (int k = expected.size() - suffix; k < expected.size(); k++) {
                edits.add(new Edit(' ', expected.get(k), k + 1, k + 1 + actual.size() - expected.size()));
            }
            return edits;
        }

        /** The changed middle, by longest common subsequence, or as a whole when it is too large for that. */
        private static void middle(List<String> a, List<String> b, int offset, List<Edit> edits) {
            if ((long) a.size() * b.size() > MAXIMUM_CELLS) {
                for (int k = 0; k < a.size(); k++) {
                    edits.add(new Edit('-', a.get(k), offset + k + 1, offset + 1));
                }
                for (int k = 0; k < b.size(); k++) {
                    edits.add(new Edit('+', b.get(k), offset + a.size() + 1, offset + k + 1));
                }
                return;
            }
            int[][] common = new int[a.size() + 1][b.size() + 1];
            for (int i = a.size() - 1; i >= 0; i--) {
                for (int j = b.size() - 1; j >= 0; j--) {
                    common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                            : Math.max(common[i + 1][j], common[i][j + 1]);
                }
            }
            int i = 0;
            int j = 0;
            while (i < a.size() || j < b.size()) {
                if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                    edits.add(new Edit(' ', a.get(i), offset + i + 1, offset + j + 1));
                    i++;
                    j++;
                } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
                    edits.add(new Edit('-', a.get(i), offset + i + 1, offset + j + 1));
                    i++;
                } else {
                    edits.add(new Edit('+', b.get(j), offset + i + 1, offset + j + 1));
                    j++;
                }
            }
        }
    }
}
