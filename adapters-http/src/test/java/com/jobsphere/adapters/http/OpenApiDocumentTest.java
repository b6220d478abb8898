package com.jobsphere.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jobsphere.application.admin.ApproveCompletion;
import com.jobsphere.application.auth.AuthResult;
import com.jobsphere.application.auth.TokenPair;
import com.jobsphere.application.job.CancelJob;
import com.jobsphere.application.offer.AcceptOffer;
import com.jobsphere.application.offer.RejectOffer;
import com.jobsphere.application.port.ApplicationDetails;
import com.jobsphere.application.port.CompletionRequestView;
import com.jobsphere.application.port.JobDetails;
import com.jobsphere.application.port.LedgerCheck;
import com.jobsphere.application.port.Notification;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.application.port.PlatformBalances;
import com.jobsphere.application.port.PostedTransfer;
import com.jobsphere.application.port.UserAccount;
import com.jobsphere.application.port.Party;
import com.jobsphere.application.port.TransactionView;
import com.jobsphere.application.port.WalletSummary;
import com.jobsphere.application.port.WithdrawalView;
import com.jobsphere.application.wallet.GetStripeStatus;
import com.jobsphere.application.wallet.StartDeposit;
import com.jobsphere.domain.common.ApplicationId;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.common.CompletionRequestId;
import com.jobsphere.domain.common.Forbidden;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.NotFound;
import com.jobsphere.domain.common.OfferId;
import com.jobsphere.domain.common.Unauthenticated;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.common.ValidationFailed;
import com.jobsphere.domain.common.WithdrawalId;
import com.jobsphere.domain.job.CompletionRequest;
import com.jobsphere.domain.job.CompletionRequestStatus;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.job.JobApplication;
import com.jobsphere.domain.ledger.Subject;
import com.jobsphere.domain.ledger.Transfer;
import com.jobsphere.domain.ledger.Transfers;
import com.jobsphere.domain.money.FeeSchedule;
import com.jobsphere.domain.money.Fees;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.notification.Device;
import com.jobsphere.domain.notification.DevicePlatform;
import com.jobsphere.domain.notification.Notice;
import com.jobsphere.domain.notification.NotificationType;
import com.jobsphere.domain.notification.Notices;
import com.jobsphere.domain.offer.Offer;
import com.jobsphere.domain.user.Email;
import com.jobsphere.domain.user.Role;
import com.jobsphere.domain.user.User;
import com.jobsphere.domain.wallet.TransactionStatus;
import com.jobsphere.domain.wallet.TransactionType;
import com.jobsphere.domain.wallet.Wallet;
import com.jobsphere.domain.wallet.Withdrawal;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps {@code openapi.yaml} honest: the document loads without a single parser message, responses
 * built from the module's real response records (serialized by its own {@link Json}) validate against
 * the operation they belong to, the document's own examples validate, and every route the
 * {@code *Routes} classes register is documented with the right security and Idempotency-Key.
 * The validator is the one the end-to-end suite uses, with its default settings.
 */
class OpenApiDocumentTest {
    private static final String DOCUMENT = "/openapi.yaml";
    private static final Path ROUTES_SOURCE = Path.of("src/main/java/com/jobsphere/adapters/http");
    private static final Instant AT = Instant.parse("2026-01-28T12:00:00Z");
    private static final Instant LATER = AT.plus(Duration.ofMinutes(30));

    private static final UserId CUSTOMER_ID = new UserId("507f1f77bcf86cd799439011");
    private static final String WALLET_ID = "507f1f77bcf86cd799439012";
    private static final WithdrawalId WITHDRAWAL_ID = new WithdrawalId("507f1f77bcf86cd799439013");
    private static final OfferId OFFER_ID = new OfferId("507f1f77bcf86cd799439014");
    private static final JobId JOB_ID = new JobId("507f1f77bcf86cd799439015");
    private static final UserId CONTRACTOR_ID = new UserId("507f1f77bcf86cd799439016");
    private static final ApplicationId APPLICATION_ID = new ApplicationId("507f1f77bcf86cd799439017");
    private static final CompletionRequestId COMPLETION_ID = new CompletionRequestId("507f1f77bcf86cd799439018");
    private static final UserId ADMIN_ID = new UserId("507f1f77bcf86cd799439020");

    private static final Party CUSTOMER = new Party(CUSTOMER_ID, "John Doe", "john@example.com");
    private static final Party CONTRACTOR = new Party(CONTRACTOR_ID, "Jane Smith", "jane@example.com");
    private static final Party PLATFORM = new Party(ADMIN_ID, "Admin", "admin@jobsphere.local");

    private static final String YAML = readDocument();
    /** Built as the end-to-end suite builds it, with the validator's default levels. */
    private static final OpenApiInteractionValidator VALIDATOR =
            OpenApiInteractionValidator.createForInlineApiSpecification(YAML).build();

    private final Json json = new Json();

    // ------------------------------------------------------------------ the document itself

    @Test
    void theDocumentLoadsWithoutAnyParserMessage() {
        try {
            OpenApiInteractionValidator.createForInlineApiSpecification(YAML).build();
        } catch (OpenApiInteractionValidator.ApiLoadException e) {
            fail("openapi.yaml does not load cleanly: " + e.getParseMessages());
        }
        SwaggerParseResult parsed = parse();
        assertThat(parsed.getMessages()).isNullOrEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.0.3");
    }

    @Test
    void everyExampleInTheDocumentMatchesItsSchema() {
        OpenAPI api = parse().getOpenAPI();
        int checked = 0;
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().readOperationsMap().entrySet()) {
                for (Map.Entry<String, ApiResponse> response : operation.getValue().getResponses().entrySet()) {
                    MediaType media = response.getValue().getContent() == null ? null
                            : response.getValue().getContent().get(Json.CONTENT_TYPE);
                    if (media == null) {
                        continue;
                    }
                    for (Object example : examplesOf(media)) {
                        assertValidBody(operation.getKey().name(), concrete(path.getKey()),
                                Integer.parseInt(response.getKey()), write(example));
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).as("examples checked").isGreaterThan(50);
    }

    // ------------------------------------------------------------------ every route is documented

    @Test
    void everyRegisteredRouteIsDocumentedWithItsSecurityAndIdempotency() {
        OpenAPI api = parse().getOpenAPI();
        List<Route> routes = registeredRoutes();
        assertThat(routes).as("routes read from the *Routes classes").hasSizeGreaterThanOrEqualTo(40);

        for (Route route : routes) {
            PathItem path = api.getPaths().get(route.path());
            assertThat(path).as("documented path %s", route.path()).isNotNull();
            Operation operation = path.readOperationsMap().get(PathItem.HttpMethod.valueOf(route.method()));
            assertThat(operation).as("documented %s %s", route.method(), route.path()).isNotNull();
            if (route.isPublic()) {
                // No user token: none at all, or a scheme of its own that may be left out ({} among the
                // alternatives), as for /metrics and its optional METRICS_TOKEN.
                assertThat(operation.getSecurity()).as("security of public %s %s", route.method(), route.path())
                        .satisfiesAnyOf(security -> assertThat(security).isEmpty(),
                                security -> assertThat(security).anyMatch(Map::isEmpty)
                                        .noneMatch(requirement -> requirement.containsKey("bearerAuth")));
            } else {
                assertThat(operation.getSecurity()).as("security of %s %s (the global bearer scheme)",
                        route.method(), route.path()).isNull();
            }
            assertThat(hasHeader(operation, Idempotency.HEADER))
                    .as("Idempotency-Key on %s %s", route.method(), route.path())
                    .isEqualTo(route.isIdempotent());
            if (route.isIdempotent()) {
                assertThat(operation.getResponses()).as("responses of %s %s", route.method(), route.path())
                        .containsKey("409");
            }
        }
    }

    // ------------------------------------------------------------------ auth

    @Test
    void aSessionIsTheUserAndTheirTokens() {
        AuthResult result = new AuthResult(customerUser(), new TokenPair("access.jwt", "refresh-token"));

        assertValid("POST", "/api/auth/register", 201, envelope(201, "Registration successful", AuthJson.session(result)));
        assertValid("POST", "/api/auth/login", 200, envelope(200, "Login successful", AuthJson.session(result)));
        assertValid("POST", "/api/auth/refresh", 200, envelope(200, "Token refreshed successfully",
                new AuthJson.Tokens(AuthJson.tokens(result.tokens()))));
        assertValid("POST", "/api/auth/logout", 200, envelope(200, "Logout successful", Map.of()));
        assertValid("GET", "/api/auth/me", 200, envelope(200, "User retrieved successfully",
                new AuthJson.CurrentUser(AuthJson.user(result.user()))));
    }

    @Test
    void aSessionAnsweredWithAnotherMessageIsCaught() {
        AuthResult result = new AuthResult(customerUser(), new TokenPair("access.jwt", "refresh-token"));

        assertInvalid("POST", "/api/auth/login", 200, envelope(200, "Logged in", AuthJson.session(result)));
    }

    // ------------------------------------------------------------------ wallet

    @ParameterizedTest
    @ValueSource(strings = {"150.00", "35.00", "0.07", "8.34", "0.29", "0.00", "10000000.00"})
    void aWalletBalanceOfTwoDecimalsPasses(String balance) {
        Money money = Money.parse(balance, "balance");
        WalletSummary summary = new WalletSummary(Wallet.open(WALLET_ID, CUSTOMER_ID, AT), money, Money.ofCents(834),
                Money.ofCents(3_500), Money.ofCents(7));

        assertValid("GET", "/api/wallet", 200, envelope(200, "Wallet retrieved successfully", WalletJson.wallet(summary)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"150.00\"", "150.001", "-1.00", "null"})
    void aWalletBalanceThatIsNotMoneyIsCaught(String balance) {
        String body = json.write(envelope(200, "Wallet retrieved successfully", WalletJson.wallet(new WalletSummary(
                Wallet.open(WALLET_ID, CUSTOMER_ID, AT), Money.dollars(150), Money.ZERO, Money.ZERO, Money.ZERO))))
                .replace("\"balance\":150.00", "\"balance\":" + balance);

        assertInvalidBody("GET", "/api/wallet", 200, body);
    }

    @Test
    void aDepositStartsAWithdrawalIsSubmittedAndStripeAnswers() {
        assertValid("POST", "/api/wallet/deposit", 200, envelope(200, "Deposit initiated successfully",
                WalletJson.depositStarted(new StartDeposit.Result("cs_test_a1b2c3d4e5f6",
                        "https://checkout.stripe.com/c/pay/cs_test_a1b2c3d4e5f6", Money.dollars(100)))));
        assertValid("POST", "/api/wallet/withdraw", 200, envelope(200, "Withdrawal request submitted",
                WalletJson.withdrawalSubmitted(Withdrawal.request(WITHDRAWAL_ID, CONTRACTOR_ID, Money.dollars(50), AT))));
        assertValid("POST", "/api/wallet/stripe/onboard", 200, envelope(200, "Stripe onboarding link created",
                new WalletJson.OnboardingLink("http://localhost:3000/dev/connect/acct_dev_1")));
        assertValid("GET", "/api/wallet/stripe/status", 200, envelope(200, "Stripe status retrieved successfully",
                WalletJson.stripeStatus(new GetStripeStatus.Result(true, false))));
    }

    @Test
    void aTransactionsPageLeavesOutWhatDoesNotApply() {
        TransactionView deposit = new TransactionView("507f1f77bcf86cd799439019", TransactionType.DEPOSIT,
                Money.dollars(100), null, CUSTOMER, null, null, TransactionStatus.COMPLETED, AT, LATER);
        TransactionView transfer = new TransactionView("507f1f77bcf86cd79943901a", TransactionType.WALLET_TRANSFER,
                Money.dollars(105), CUSTOMER, PLATFORM, OFFER_ID, JOB_ID, TransactionStatus.COMPLETED, AT, AT);
        TransactionView withdrawal = new TransactionView(WITHDRAWAL_ID.value(), TransactionType.WITHDRAWAL,
                Money.ofCents(5_250), CONTRACTOR, null, null, null, TransactionStatus.PENDING, AT, null);
        Page<TransactionView> page = new Page<>(List.of(deposit, transfer, withdrawal), new PageRequest(1, 20), 45);

        assertValid("GET", "/api/wallet/transactions", 200,
                envelope(200, "Transactions retrieved successfully", WalletJson.transactions(page)));
    }

    // ------------------------------------------------------------------ jobs

    @Test
    void aJobShowsIdsEverywhereButInItsOwnPage() {
        Job posted = openJob();
        Job assigned = Job.post(JOB_ID, CUSTOMER_ID, "Build Mobile App", "Need a Flutter mobile app...",
                Money.dollars(100), "Mobile Development", "Remote", AT).assign(CONTRACTOR_ID, OFFER_ID, LATER);

        assertValid("POST", "/api/job", 201, envelope(201, "Job created successfully", JobJson.job(posted)));
        assertValid("GET", "/api/job", 200, envelope(200, "Jobs retrieved successfully",
                JobJson.page(new Page<>(List.of(posted, assigned), new PageRequest(1, 20), 2))));
        assertValid("GET", "/api/job/" + JOB_ID.value(), 200, envelope(200, "Job retrieved successfully",
                JobJson.populated(new JobDetails(posted, CUSTOMER, null))));
        assertValid("GET", "/api/job/" + JOB_ID.value(), 200, envelope(200, "Job retrieved successfully",
                JobJson.populated(new JobDetails(assigned, CUSTOMER, CONTRACTOR))));
        assertValid("PATCH", "/api/job/" + JOB_ID.value() + "/status", 200,
                envelope(200, "Job status updated successfully", JobJson.job(assigned.start(LATER))));
    }

    @Test
    void aJobInTheWrongShapeIsCaught() {
        Job assigned = openJob().assign(CONTRACTOR_ID, OFFER_ID, LATER);

        assertInvalid("GET", "/api/job/" + JOB_ID.value(), 200, envelope(200, "Job retrieved successfully",
                JobJson.job(assigned)));
        assertInvalid("POST", "/api/job", 201, envelope(201, "Job created successfully",
                JobJson.populated(new JobDetails(assigned, CUSTOMER, CONTRACTOR))));
    }

    @Test
    void completionAndCancellationAnswerAsInTheReference() {
        Job started = openJob().assign(CONTRACTOR_ID, OFFER_ID, AT).start(AT);

        assertValid("POST", "/api/job/" + JOB_ID.value() + "/complete", 200,
                envelope(200, "Job completion request submitted",
                        JobJson.completionSubmitted(CompletionRequest.open(COMPLETION_ID, JOB_ID, CUSTOMER_ID, LATER))));
        assertValid("POST", "/api/job/" + JOB_ID.value() + "/cancel", 200, envelope(200, "Job cancelled successfully",
                JobJson.cancelled(new CancelJob.Result(started.cancel("Project requirements changed", LATER),
                        Money.dollars(105)))));
        assertValid("POST", "/api/job/" + JOB_ID.value() + "/cancel", 200, envelope(200, "Job cancelled successfully",
                JobJson.cancelled(new CancelJob.Result(started.cancel(null, LATER), Money.ZERO))));
    }

    @Test
    void applicationsAreListedWithTheirOfferOrNull() {
        Page<ApplicationDetails> page = applications();

        assertValid("POST", "/api/job/" + JOB_ID.value() + "/apply", 201, envelope(201, "Application submitted successfully",
                JobJson.application(page.items().get(0).application())));
        assertValid("GET", "/api/job/" + JOB_ID.value() + "/applications", 200,
                envelope(200, "Applications retrieved successfully", JobJson.applicationsOfJob(page)));
        assertValid("GET", "/api/job-request/my-applications", 200,
                envelope(200, "Applications retrieved successfully", JobJson.applicationsOfContractor(page)));
    }

    @Test
    void anApplicationListWithoutItsPaginationIsCaught() {
        ObjectNode ofJob = tree(envelope(200, "Applications retrieved successfully",
                JobJson.applicationsOfJob(applications())));
        ObjectNode ofContractor = tree(envelope(200, "Applications retrieved successfully",
                JobJson.applicationsOfContractor(applications())));
        ((ObjectNode) ofJob.get("data")).remove("pagination");
        ((ObjectNode) ofContractor.get("data")).remove("pagination");

        assertInvalidBody("GET", "/api/job/" + JOB_ID.value() + "/applications", 200, write(ofJob));
        assertInvalidBody("GET", "/api/job-request/my-applications", 200, write(ofContractor));
    }

    /** The same rules as every other list: {@code page} from 1, {@code limit} from 1 to 100. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/job/507f1f77bcf86cd799439015/applications", "/api/job-request/my-applications"})
    void theApplicationListsTakePageAndLimit(String path) {
        assertThat(errors(VALIDATOR.validateRequest(list(path, "2", "100")))).isEmpty();
        assertThat(errors(VALIDATOR.validateRequest(list(path, "1", "1")))).isEmpty();
        assertThat(errors(VALIDATOR.validateRequest(list(path, "0", "20")))).isNotEmpty();
        assertThat(errors(VALIDATOR.validateRequest(list(path, "1", "0")))).isNotEmpty();
        assertThat(errors(VALIDATOR.validateRequest(list(path, "1", "101")))).isNotEmpty();
    }

    // ------------------------------------------------------------------ offers

    @ParameterizedTest
    @ValueSource(longs = {100_00, 33_33, 10_00, 10_000_00, 19_99})
    void anOfferIsSentAcceptedRejectedAndRead(long amountCents) {
        Offer sent = offer(amountCents);
        Offer accepted = sent.accept(LATER);
        Job assigned = openJob().assign(CONTRACTOR_ID, OFFER_ID, LATER);
        String path = "/api/job-request/offer/" + OFFER_ID.value();

        assertValid("POST", "/api/job-request/" + APPLICATION_ID.value() + "/send-offer", 201,
                envelope(201, "Offer sent successfully", OfferJson.sent(sent)));
        assertValid("POST", path + "/accept", 200, envelope(200, "Offer accepted successfully",
                OfferJson.accepted(new AcceptOffer.Result.Accepted(accepted, assigned))));
        assertValid("POST", path + "/reject", 200, envelope(200, "Offer rejected successfully",
                OfferJson.rejected(new RejectOffer.Result.Rejected(accepted.reject(
                        "Timeline is too short for this project", LATER), sent.fees().totalCharge()))));
        assertValid("POST", path + "/reject", 200, envelope(200, "Offer rejected successfully",
                OfferJson.rejected(new RejectOffer.Result.Rejected(sent.reject(null, LATER), Money.ZERO))));
        assertValid("GET", path, 200, envelope(200, "Offer retrieved successfully", OfferJson.offer(sent)));
    }

    @Test
    void anOfferWithARenamedFieldIsCaught() {
        String body = json.write(envelope(201, "Offer sent successfully", OfferJson.sent(offer(100_00))))
                .replace("\"totalCharge\":105.00,\"timeline\"", "\"total_charge\":105.00,\"timeline\"");

        assertInvalidBody("POST", "/api/job-request/" + APPLICATION_ID.value() + "/send-offer", 201, body);
    }

    // ------------------------------------------------------------------ admin

    @Test
    void theAdminListsAndDecisionsMatch() {
        CompletionRequest pending = CompletionRequest.open(COMPLETION_ID, JOB_ID, CUSTOMER_ID, AT);
        CompletionRequest rejected = CompletionRequest.open(new CompletionRequestId("507f1f77bcf86cd799439023"), JOB_ID,
                CUSTOMER_ID, AT).resolve(CompletionRequestStatus.REJECTED, "The delivered app does not build.", LATER);
        Job completed = openJob().assign(CONTRACTOR_ID, OFFER_ID, AT).start(AT).complete(LATER);
        Withdrawal requested = Withdrawal.request(WITHDRAWAL_ID, CONTRACTOR_ID, Money.dollars(50), AT);
        Withdrawal paid = requested.startProcessing(Wallet.open("wallet-1", CONTRACTOR_ID, AT), AT).complete("tr_1QXyZ2AbCdEfGh", LATER);

        assertValid("GET", "/api/admin/completion-requests", 200, envelope(200,
                "Completion requests retrieved successfully", AdminJson.completionRequests(new Page<>(List.of(
                        new CompletionRequestView(pending, "Build Mobile App", CUSTOMER, CONTRACTOR, Money.dollars(80)),
                        new CompletionRequestView(rejected, "Build Mobile App", CUSTOMER, null, null)),
                        new PageRequest(1, 20), 2))));
        assertValid("POST", "/api/admin/completion-requests/" + COMPLETION_ID.value() + "/approve", 200,
                envelope(200, "Job completion approved", AdminJson.completionApproved(new ApproveCompletion.Result(
                        pending.resolve(CompletionRequestStatus.APPROVED, null, LATER), completed))));
        assertValid("POST", "/api/admin/completion-requests/" + COMPLETION_ID.value() + "/reject", 200,
                envelope(200, "Job completion rejected",
                        new AdminJson.CompletionRejected(JobJson.completionRequest(rejected))));
        assertValid("GET", "/api/admin/withdrawals", 200, envelope(200, "Withdrawals retrieved successfully",
                AdminJson.withdrawals(new Page<>(List.of(new WithdrawalView(requested, CONTRACTOR),
                        new WithdrawalView(paid, CONTRACTOR)), new PageRequest(2, 1), 2))));
        assertValid("POST", "/api/admin/withdrawals/" + WITHDRAWAL_ID.value() + "/approve", 200,
                envelope(200, "Withdrawal approved and paid out",
                        new AdminJson.WithdrawalDecision(WalletJson.withdrawal(paid))));
        assertValid("POST", "/api/admin/withdrawals/" + WITHDRAWAL_ID.value() + "/reject", 200,
                envelope(200, "Withdrawal rejected", new AdminJson.WithdrawalDecision(WalletJson.withdrawal(
                        requested.reject("Bank details could not be verified.", LATER)))));
    }

    /**
     * The job's title, customer, contractor and payout are always written: contractor and payout as {@code null}
     * when the job has none, never left out, and the contractor populated, never an id.
     */
    @Test
    void anAdminCompletionRequestAlwaysCarriesItsJobsTitlePartiesAndPayout() {
        CompletionRequest pending = CompletionRequest.open(COMPLETION_ID, JOB_ID, CUSTOMER_ID, AT);
        ObjectNode unassigned = completionRequestsBody(
                new CompletionRequestView(pending, "Build Mobile App", CUSTOMER, null, null));
        ObjectNode assigned = completionRequestsBody(
                new CompletionRequestView(pending, "Build Mobile App", CUSTOMER, CONTRACTOR, Money.dollars(80)));

        assertThat(unassigned.at("/data/completionRequests/0/contractor").isNull()).isTrue();
        assertThat(unassigned.at("/data/completionRequests/0/contractorPayout").isNull()).isTrue();
        assertValidBody("GET", "/api/admin/completion-requests", 200, write(unassigned));
        assertValidBody("GET", "/api/admin/completion-requests", 200, write(assigned));

        for (String field : List.of("jobTitle", "customer", "contractor", "contractorPayout")) {
            ObjectNode without = assigned.deepCopy();
            ((ObjectNode) without.at("/data/completionRequests/0")).remove(field);
            assertInvalidBody("GET", "/api/admin/completion-requests", 200, write(without));
        }
        ((ObjectNode) assigned.at("/data/completionRequests/0")).put("contractor", CONTRACTOR_ID.value());
        assertInvalidBody("GET", "/api/admin/completion-requests", 200, write(assigned));
    }

    @Test
    void anAdminWithdrawalAlwaysCarriesItsContractor() {
        ObjectNode body = tree(envelope(200, "Withdrawals retrieved successfully", AdminJson.withdrawals(new Page<>(
                List.of(new WithdrawalView(Withdrawal.request(WITHDRAWAL_ID, CONTRACTOR_ID, Money.dollars(50), AT),
                        CONTRACTOR)), new PageRequest(1, 20), 1))));
        assertValidBody("GET", "/api/admin/withdrawals", 200, write(body));

        ((ObjectNode) body.at("/data/withdrawals/0")).remove("contractor");

        assertInvalidBody("GET", "/api/admin/withdrawals", 200, write(body));
    }

    @Test
    void aPostingOfZeroOrOfAnUnknownAccountIsCaught() {
        String transfers = """
                {"status":200,"message":"Ledger transfers retrieved successfully","data":{"transfers":[
                  {"_id":"t1","type":"offer_accepted","createdAt":"2026-01-28T12:30:00.000Z","postings":[
                    {"account":"wallet:507f1f77bcf86cd799439011","amount":-105.00},
                    {"account":"platform:escrow","amount":105.00}]}],
                  "pagination":{"currentPage":1,"totalPages":1,"totalTransfers":1,"limit":20}}}""";

        assertValidBody("GET", "/api/admin/ledger/transfers", 200, transfers);
        assertInvalidBody("GET", "/api/admin/ledger/transfers", 200, transfers.replace("105.00}", "0.00}"));
        assertInvalidBody("GET", "/api/admin/ledger/transfers", 200, transfers.replace("platform:escrow", "platform:bank"));
        assertInvalidBody("GET", "/api/admin/ledger/transfers", 200, transfers.replace("offer_accepted", "offer_sent"));
    }

    @Test
    void theConsolesUsersBalancesAndTransfersMatch() {
        Wallet frozen = Wallet.open(WALLET_ID, CUSTOMER_ID, AT).freeze("Chargeback under investigation", LATER);
        User contractor = new User(CONTRACTOR_ID, new Email("jane@example.com"), "Jane Smith", Role.CONTRACTOR, "hash",
                AT);
        Fees fees = FeeSchedule.STANDARD.feesFor(Money.dollars(100));
        Subject.Offer offer = new Subject.Offer(OFFER_ID, JOB_ID);

        assertValid("GET", "/api/admin/users", 200, envelope(200, "Users retrieved successfully", AdminJson.users(
                new Page<>(List.of(new UserAccount(customerUser(), frozen, Money.ofCents(150_00)),
                        new UserAccount(contractor, Wallet.open("507f1f77bcf86cd799439024", CONTRACTOR_ID, AT),
                                Money.ZERO)), new PageRequest(1, 20), 2))));
        assertValid("GET", "/api/admin/ledger/balances", 200, envelope(200, "Ledger balances retrieved successfully",
                AdminJson.balances(new PlatformBalances(105_00, 25_00, 50_00, -300_00))));
        assertValid("GET", "/api/admin/ledger/transfers", 200, envelope(200, "Ledger transfers retrieved successfully",
                AdminJson.transfers(new Page<>(List.of(
                        posted(Transfers.completionApproved("t2", LATER, CONTRACTOR_ID, fees, offer)),
                        posted(Transfers.offerAccepted("t1", AT, CUSTOMER_ID, fees, offer))),
                        new PageRequest(1, 20), 2))));
    }

    /** A wallet's frozen reason is left out while it is not frozen, and a balance is money, never a string. */
    @Test
    void aListedUsersWalletLeavesOutAnAbsentReasonAndHoldsMoney() {
        ObjectNode body = tree(envelope(200, "Users retrieved successfully", AdminJson.users(new Page<>(List.of(
                new UserAccount(customerUser(), Wallet.open(WALLET_ID, CUSTOMER_ID, AT), Money.ofCents(30_00))),
                new PageRequest(1, 20), 1))));
        assertThat(body.at("/data/users/0/wallet").has("frozenReason")).isFalse();
        assertValidBody("GET", "/api/admin/users", 200, write(body));

        ((ObjectNode) body.at("/data/users/0/wallet")).put("balance", "30.00");

        assertInvalidBody("GET", "/api/admin/users", 200, write(body));
    }

    private static PostedTransfer posted(Transfer transfer) {
        return new PostedTransfer(transfer.id(), transfer.type(), transfer.createdAt(), transfer.postings());
    }

    @Test
    void freezingAndTheLedgerCheckMatch() {
        Wallet wallet = Wallet.open(WALLET_ID, CUSTOMER_ID, AT);

        assertValid("POST", "/api/admin/users/" + CUSTOMER_ID.value() + "/freeze", 200, envelope(200, "Wallet frozen",
                AdminJson.walletState(wallet.freeze("Chargeback under investigation", LATER))));
        assertValid("POST", "/api/admin/users/" + CUSTOMER_ID.value() + "/unfreeze", 200, envelope(200, "Wallet unfrozen",
                AdminJson.walletState(wallet)));
        assertValid("GET", "/api/admin/ledger/verify", 200, envelope(200, "Ledger is balanced",
                AdminJson.ledger(new LedgerCheck(true, 42, 128, List.of()))));
        assertValid("GET", "/api/admin/ledger/verify", 200, envelope(200, "Ledger has discrepancies",
                AdminJson.ledger(new LedgerCheck(false, 42, 128, List.of("wallet:" + CUSTOMER_ID.value() + " differs by 1 cent")))));
    }

    // ------------------------------------------------------------------ errors, health, webhooks, pages

    @Test
    void devicesAndTheNotificationFeedMatch() {
        Notice offerReceived = new Notice(Notices.idOf(NotificationType.OFFER_RECEIVED, OFFER_ID), CONTRACTOR_ID,
                NotificationType.OFFER_RECEIVED, "New offer", "You received an offer of $100.",
                Map.of("offerId", OFFER_ID.value(), "jobId", JOB_ID.value(), "amount", "100.00"), AT);
        Notification unread = new Notification(offerReceived, null);
        Notification read = new Notification(offerReceived, LATER);

        assertValid("POST", "/api/notifications/devices", 201, envelope(201, "Device registered",
                NotificationJson.registered(new Device("fcm-token:APA91b", CONTRACTOR_ID, DevicePlatform.IOS, AT))));
        assertValid("DELETE", "/api/notifications/devices/fcm-token", 200, envelope(200, "Device removed", Map.of()));
        assertValid("GET", "/api/notifications", 200, envelope(200, "Notifications retrieved successfully",
                NotificationJson.page(new Page<>(List.of(unread), new PageRequest(2, 1), 3))));
        assertValid("POST", "/api/notifications/" + offerReceived.id() + "/read", 200, envelope(200,
                "Notification marked as read", new NotificationJson.NotificationRead(NotificationJson.notification(read))));
        assertValid("POST", "/api/notifications/read-all", 200, envelope(200, "All notifications marked as read",
                new NotificationJson.NotificationsUpdated(3)));
    }

    @Test
    void aNotificationWhoseDataHoldsANumberIsCaught() {
        assertInvalidBody("GET", "/api/notifications", 200, """
                {"status": 200, "message": "Notifications retrieved successfully", "data": {"notifications": [
                  {"_id": "n1", "type": "deposit_completed", "title": "Deposit received", "body": "$1 was added.",
                   "data": {"depositId": "d1", "amount": 1.00}, "read": false, "createdAt": "2026-01-28T12:00:00.000Z"}],
                 "pagination": {"currentPage": 1, "totalPages": 1, "totalNotifications": 1, "limit": 20}}}""");
    }

    @Test
    void errorsAreTheErrorEnvelope() {
        String sendOffer = "/api/job-request/" + APPLICATION_ID.value() + "/send-offer";

        assertValid("POST", sendOffer, 400, ErrorMapper.map(BusinessRuleViolated.insufficientBalance(
                Money.dollars(105), Money.dollars(50))).envelope());
        assertValid("POST", sendOffer, 400, ErrorMapper.map(new ValidationFailed("amount",
                "Amount must be between $10 and $10,000")).envelope());
        assertValid("POST", sendOffer, 401, ErrorMapper.map(new Unauthenticated("Authentication required")).envelope());
        assertValid("POST", sendOffer, 403, ErrorMapper.map(new Forbidden("Only the job's customer can send an offer"))
                .envelope());
        assertValid("POST", sendOffer, 404, ErrorMapper.map(new NotFound("Application")).envelope());
        assertValid("POST", sendOffer, 500, ErrorMapper.map(new IllegalStateException("bug")).envelope());
        assertValid("POST", "/api/wallet/deposit", 502, new ErrorEnvelope(502, ErrorMapper.GATEWAY_UNAVAILABLE, List.of()));
        assertValid("GET", "/api/wallet", 503, new ErrorEnvelope(503, ErrorMapper.STORE_UNAVAILABLE, List.of()));
    }

    @Test
    void anErrorWithDataIsCaught() {
        String body = json.write(ErrorMapper.map(new NotFound("Offer")).envelope()).replace("\"data\":null", "\"data\":{}");

        assertInvalidBody("GET", "/api/job-request/offer/" + OFFER_ID.value(), 404, body);
    }

    @Test
    void healthWebhooksAndTheDevelopmentPagesMatch() {
        assertValid("GET", "/health", 200, envelope(200, "OK", Map.of("status", "ok")));
        assertValid("GET", "/health", 503, new ErrorEnvelope(503, "Database unreachable", List.of()));
        assertValid("GET", "/livez", 200, envelope(200, "OK", Map.of("status", "ok")));
        assertValid("GET", "/readyz", 503, new ErrorEnvelope(503, "Database unreachable", List.of()));
        assertValid("POST", "/api/webhooks/stripe", 200, envelope(200, "Webhook received", Map.of("received", true)));
        assertValidResponse("GET", "/dev/checkout/cs_dev_1", SimpleResponse.Builder.status(200)
                .withContentType("text/html; charset=utf-8")
                .withBody(Html.page("Checkout", Html.paragraph("Deposit to your JobSphere wallet: 100.00 USD")))
                .build());
    }

    // ------------------------------------------------------------------ requests

    @ParameterizedTest
    @ValueSource(strings = {"100", "100.0", "100.00", "33.33", "10", "10000"})
    void moneyInputThatTheServerAcceptsPasses(String amount) {
        assertThat(errors(VALIDATOR.validateRequest(sendOffer("{\"amount\":" + amount
                + ",\"timeline\":\"2 weeks\",\"description\":\"As described in the post\",\"unknown\":true}"))))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"100.001", "\"100\"", "0", "-5", "9.99", "10000.01", "null"})
    void moneyInputThatTheServerRefusesIsCaught(String amount) {
        assertThat(errors(VALIDATOR.validateRequest(sendOffer("{\"amount\":" + amount
                + ",\"timeline\":\"2 weeks\",\"description\":\"As described in the post\"}"))))
                .isNotEmpty();
    }

    @Test
    void aBodylessPostWithTheAppsContentTypePasses() {
        Request accept = SimpleRequest.Builder.post("/api/job-request/offer/" + OFFER_ID.value() + "/accept")
                .withContentType(Json.CONTENT_TYPE)
                .withHeader("Authorization", "Bearer access.jwt")
                .withHeader(Idempotency.HEADER, "5d1c0c52-8a2e-4d0b-9a71-3c0b6f1f2a47")
                .build();

        assertThat(errors(VALIDATOR.validateRequest(accept))).isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    /**
     * A response record as a tree to edit, its money kept as written ({@code 80.00}, not {@code 8E+1}), so that
     * {@link #write} gives back the server's own bytes.
     */
    private ObjectNode tree(Object value) {
        try {
            return (ObjectNode) json.mapper().reader().without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                    .readTree(json.write(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Our own JSON could not be read back", e);
        }
    }

    private ObjectNode completionRequestsBody(CompletionRequestView view) {
        return tree(envelope(200, "Completion requests retrieved successfully",
                AdminJson.completionRequests(new Page<>(List.of(view), new PageRequest(1, 20), 1))));
    }

    /** Two applications to the open job, one with an offer and one without, as the second page of three. */
    private static Page<ApplicationDetails> applications() {
        Job job = openJob();
        UserId silentContractor = new UserId("507f1f77bcf86cd799439022");
        JobApplication offered = JobApplication.submit(APPLICATION_ID, JOB_ID, CONTRACTOR_ID, "I can do it", AT);
        JobApplication silent = JobApplication.submit(new ApplicationId("507f1f77bcf86cd799439021"), JOB_ID,
                silentContractor, null, AT);
        return new Page<>(List.of(new ApplicationDetails(offered, CONTRACTOR, job, offer(100_00)),
                new ApplicationDetails(silent, new Party(silentContractor, "Sam Lee", "sam@example.com"), job, null)),
                new PageRequest(2, 2), 5);
    }

    private static Request list(String path, String page, String limit) {
        return SimpleRequest.Builder.get(path)
                .withHeader("Authorization", "Bearer access.jwt")
                .withQueryParam("page", page)
                .withQueryParam("limit", limit)
                .build();
    }

    private static Request sendOffer(String body) {
        return SimpleRequest.Builder.post("/api/job-request/" + APPLICATION_ID.value() + "/send-offer")
                .withContentType("application/json; charset=utf-8")
                .withHeader("Authorization", "Bearer access.jwt")
                .withBody(body)
                .build();
    }

    /** An open job without category or location, posted by the customer. */
    private static Job openJob() {
        return Job.post(JOB_ID, CUSTOMER_ID, "Build Mobile App", "Need a Flutter mobile app...", Money.dollars(100),
                null, null, AT);
    }

    private static Offer offer(long amountCents) {
        return Offer.send(OFFER_ID, JOB_ID, APPLICATION_ID, CUSTOMER_ID, CONTRACTOR_ID, Money.ofCents(amountCents),
                FeeSchedule.STANDARD, "2 weeks", "Complete the project as described in the job posting", AT);
    }

    private static User customerUser() {
        return new User(CUSTOMER_ID, new Email("john@example.com"), "John Doe", Role.CUSTOMER, "argon2-hash", AT);
    }

    private static Envelope envelope(int status, String message, Object data) {
        return new Envelope(status, message, data);
    }

    private void assertValid(String method, String path, int status, Object body) {
        assertValidBody(method, path, status, json.write(body));
    }

    private void assertValidBody(String method, String path, int status, String body) {
        assertValidResponse(method, path, jsonResponse(status, body));
    }

    private static void assertValidResponse(String method, String path, Response response) {
        ValidationReport report = VALIDATOR.validateResponse(path, Request.Method.valueOf(method), response);
        assertThat(errors(report)).as("%s %s %d", method, path, response.getStatus()).isEmpty();
    }

    private void assertInvalid(String method, String path, int status, Object body) {
        assertInvalidBody(method, path, status, json.write(body));
    }

    private static void assertInvalidBody(String method, String path, int status, String body) {
        ValidationReport report = VALIDATOR.validateResponse(path, Request.Method.valueOf(method),
                jsonResponse(status, body));
        assertThat(errors(report)).as("%s %s %d must be refused: %s", method, path, status, body).isNotEmpty();
    }

    private static Response jsonResponse(int status, String body) {
        return SimpleResponse.Builder.status(status)
                .withContentType(Json.CONTENT_TYPE)
                .withHeader(RequestIds.HEADER, "3f2a9c1e7b4d8a60")
                .withBody(body)
                .build();
    }

    private static List<String> errors(ValidationReport report) {
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> message.getKey() + ": " + message.getMessage()
                        + message.getNestedMessages().stream().map(ValidationReport.Message::getMessage)
                                .collect(Collectors.joining("; ", " [", "]")))
                .toList();
    }

    private static List<Object> examplesOf(MediaType media) {
        List<Object> examples = new ArrayList<>();
        if (media.getExample() != null) {
            examples.add(media.getExample());
        }
        if (media.getExamples() != null) {
            media.getExamples().values().forEach(example -> examples.add(example.getValue()));
        }
        return examples;
    }

    /** A request path for a path template: every {@code {parameter}} becomes a sample id. */
    private static String concrete(String template) {
        return template.replaceAll("\\{[^}]+}", JOB_ID.value());
    }

    /** An example as the parser holds it (a Jackson tree), written as JSON text. */
    private String write(Object example) {
        try {
            return json.mapper().writeValueAsString(example);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An example could not be written as JSON", e);
        }
    }

    private static boolean hasHeader(Operation operation, String name) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        return parameters.stream().anyMatch(parameter -> "header".equals(parameter.getIn())
                && name.equals(parameter.getName()));
    }

    private static SwaggerParseResult parse() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        return new OpenAPIParser().readContents(YAML, null, options);
    }

    private static String readDocument() {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream(DOCUMENT)) {
            Objects.requireNonNull(in, DOCUMENT + " is not on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ routes in the source

    /** A route as a {@code *Routes} class registers it. */
    record Route(String method, String path, String registration) {
        boolean isPublic() {
            return registration.startsWith("public") || registration.startsWith("config.");
        }

        boolean isIdempotent() {
            return registration.equals("post") || registration.equals("postProvingCaller");
        }
    }

    private static final Pattern REGISTRATION = Pattern.compile(
            "(api\\.(get|getProvingCaller|post|postProvingCaller|patch|delete|publicPost|publicGet|postWithoutReplay)"
                    + "|config\\.routes\\.(get|post|patch|delete))\\(\\s*(?:(\\w+)\\s*\\+\\s*)?\"([^\"]*)\"");
    /** {@code api.keyed(...)} runs a keyed use case inside a handler; it registers nothing. */
    private static final Pattern ANY_REGISTRATION = Pattern.compile("(api|config\\.routes)\\.(?!keyed\\b)\\w+\\(");
    private static final Pattern CONSTANT = Pattern.compile("static final String (\\w+) = \"([^\"]*)\";");

    /**
     * Reads every route registration of the {@code *Routes} classes. A registration this cannot read
     * fails the test, so a route can never slip past unchecked.
     */
    private static List<Route> registeredRoutes() {
        List<Route> routes = new ArrayList<>();
        try (Stream<Path> files = Files.list(ROUTES_SOURCE)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("Routes.java")).sorted().toList()) {
                String source = Files.readString(file);
                Map<String, String> constants = new LinkedHashMap<>();
                Matcher constant = CONSTANT.matcher(source);
                while (constant.find()) {
                    constants.put(constant.group(1), constant.group(2));
                }
                int registrations = count(ANY_REGISTRATION.matcher(source));
                int read = 0;
                Matcher registration = REGISTRATION.matcher(source);
                while (registration.find()) {
                    String kind = registration.group(2) != null ? registration.group(2) : "config." + registration.group(3);
                    String prefix = registration.group(4) == null ? "" : constants.get(registration.group(4));
                    assertThat(prefix).as("constant %s in %s", registration.group(4), file).isNotNull();
                    routes.add(new Route(methodOf(kind), prefix + registration.group(5), kind));
                    read++;
                }
                assertThat(read).as("route registrations read in %s", file).isEqualTo(registrations);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> unique = new TreeSet<>();
        routes.forEach(route -> assertThat(unique.add(route.method() + " " + route.path())).isTrue());
        return routes;
    }

    private static String methodOf(String registration) {
        String verb = registration.replace("config.", "").replace("public", "").replace("WithoutReplay", "")
                .replace("ProvingCaller", "");
        return verb.toUpperCase(Locale.ROOT);
    }

    private static int count(Matcher matcher) {
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
