package com.jobsphere.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.e2e.support.Api;
import com.jobsphere.e2e.support.Deal;
import com.jobsphere.e2e.support.Jwts;
import com.jobsphere.e2e.support.Marketplace;
import com.jobsphere.e2e.support.Parallel;
import com.jobsphere.e2e.support.Psql;
import com.jobsphere.e2e.support.Response;
import com.jobsphere.e2e.support.Service;
import com.jobsphere.e2e.support.User;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sign-up, sign-in, token rotation, and who may call what. */
class AuthIT {
    @RegisterExtension
    static final Service service = Service.withDevelopmentGateway();

    private static Marketplace market;
    private static Api api;
    private static User customer;

    @BeforeAll
    static void signUp() {
        market = service.marketplace();
        api = service.api();
        customer = market.customer();
    }

    // Register and log in.

    @Test
    void registeringReturns201WithTheUserAndATokenPair() {
        String email = Marketplace.uniqueEmail("customer");

        Response registered = api.post("/api/auth/register").json(Map.of("email", email, "password", "SecurePass123",
                "name", "John Doe", "role", "customer")).send();

        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.message()).isEqualTo("Registration successful");
        assertThat(registered.text("/user/_id")).isNotBlank();
        assertThat(registered.text("/user/email")).isEqualTo(email);
        assertThat(registered.text("/user/name")).isEqualTo("John Doe");
        assertThat(registered.text("/user/role")).isEqualTo("customer");
        assertThat(registered.text("/tokens/accessToken")).isNotBlank();
        assertThat(registered.text("/tokens/refreshToken")).isNotBlank();
        assertThat(registered.text()).doesNotContain("SecurePass123").doesNotContain("argon2");
    }

    @Test
    void everyNewUserHasAnEmptyUsdWallet() {
        User contractor = market.contractor();

        Response wallet = market.wallet(contractor);

        assertThat(wallet.text()).contains("\"balance\":0.00").contains("\"currency\":\"USD\"");
        assertThat(wallet.text("/user")).isEqualTo(contractor.id());
    }

    @Test
    void loggingInAnswersLikeRegistering() {
        Response session = api.post("/api/auth/login").json(Map.of("email", customer.email(), "password",
                Marketplace.PASSWORD)).send();

        assertThat(session.status()).isEqualTo(200);
        assertThat(session.text("/user/_id")).isEqualTo(customer.id());
        assertThat(session.text("/user/role")).isEqualTo("customer");
        assertThat(session.text("/tokens/accessToken")).isNotBlank();
        assertThat(session.text("/tokens/refreshToken")).isNotBlank();
    }

    @Test
    void anEmailAlreadyTakenIsRefusedNamingEmailWhateverItsCase() {
        Response duplicate = register(customer.email().toUpperCase(Locale.ROOT), "customer");

        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.errorFields()).contains("email");
    }

    @Test
    void emailsAreComparedWithoutRegardToCase() {
        User mixedCase = market.logIn(customer.email().toUpperCase(Locale.ROOT), Marketplace.PASSWORD);

        assertThat(mixedCase.id()).isEqualTo(customer.id());
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
        Response wrongPassword = api.post("/api/auth/login")
                .json(Map.of("email", customer.email(), "password", "NotThePassword1")).send();
        Response unknownEmail = api.post("/api/auth/login")
                .json(Map.of("email", Marketplace.uniqueEmail("nobody"), "password", "NotThePassword1")).send();

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.message()).isEqualTo("Invalid email or password");
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(unknownEmail.text()).isEqualTo(wrongPassword.text());
    }

    @Test
    void registeringAsAdminIsRefusedNamingRole() {
        Response refused = register(Marketplace.uniqueEmail("admin"), "admin");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).contains("role");
    }

    @Test
    void aPasswordShorterThan8CharactersIsRefusedNamingPassword() {
        Response refused = api.post("/api/auth/register").json(Map.of("email", Marketplace.uniqueEmail("customer"),
                "password", "Short1", "name", "John Doe", "role", "customer")).send();

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).contains("password");
    }

    @Test
    void anInvalidEmailIsRefusedNamingEmail() {
        Response refused = register("not-an-email", "customer");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).contains("email");
    }

    @Test
    void meReturnsTheSignedInUser() {
        Response me = api.get("/api/auth/me").as(customer).send().expect(200);

        assertThat(me.text("/user/_id")).isEqualTo(customer.id());
        assertThat(me.text("/user/email")).isEqualTo(customer.email());
    }

    @Test
    void theConfiguredAdminCanLogIn() {
        assertThat(market.admin().role()).isEqualTo("admin");
    }

    // Refresh tokens.

    @Test
    void refreshingRotatesThePairAndTheNewAccessTokenWorks() {
        User user = market.customer();

        Response refreshed = refresh(user.refreshToken()).expect(200);

        String newRefresh = refreshed.text("/tokens/refreshToken");
        String newAccess = refreshed.text("/tokens/accessToken");
        assertThat(newRefresh).isNotBlank().isNotEqualTo(user.refreshToken());
        assertThat(api.get("/api/auth/me").bearer(newAccess).send().status()).isEqualTo(200);
        assertThat(refresh(newRefresh).status()).isEqualTo(200);
    }

    @Test
    void reusingARotatedRefreshTokenLaterIsRefusedAndRevokesTheWholeFamily() {
        User user = market.customer();
        String rotated = user.refreshToken();
        String newer = refresh(rotated).expect(200).text("/tokens/refreshToken");
        rotatedSecondsAgo(user, 11);

        Response reused = refresh(rotated);

        assertThat(reused.status()).isEqualTo(401);
        assertThat(refresh(newer).status()).as("the newer token of the same login").isEqualTo(401);
    }

    /** Two requests of the app raced with one token: the loser is refused, and the winner's new pair stays valid. */
    @Test
    void reusingARotatedRefreshTokenWithinTenSecondsIsRefusedButKeepsTheFamily() {
        User user = market.customer();
        String rotated = user.refreshToken();
        String newer = refresh(rotated).expect(200).text("/tokens/refreshToken");
        rotatedSecondsAgo(user, 9);

        Response reused = refresh(rotated);

        assertThat(reused.status()).isEqualTo(401);
        assertThat(reused.message()).isEqualTo("Invalid refresh token");
        assertThat(refresh(newer).status()).as("the newer token of the same login").isEqualTo(200);
    }

    @Test
    void twoRefreshesWithOneTokenAtOnceLeaveTheUserSignedIn() {
        User user = market.customer();

        List<Response> answers = Parallel.run(2, i -> refresh(user.refreshToken()));

        assertThat(answers).extracting(Response::status).containsExactlyInAnyOrder(200, 401);
        String winner = answers.stream().filter(answer -> answer.status() == 200).findFirst().orElseThrow()
                .text("/tokens/refreshToken");
        assertThat(refresh(winner).status()).as("the winner's new refresh token").isEqualTo(200);
    }

    @Test
    void reuseRevokesOnlyTheFamilyOfThatLogin() {
        User user = market.customer();
        User otherLogin = market.logIn(user.email(), Marketplace.PASSWORD);
        String rotated = user.refreshToken();
        refresh(rotated).expect(200);
        rotatedSecondsAgo(user, 11);

        refresh(rotated);

        assertThat(refresh(otherLogin.refreshToken()).status()).isEqualTo(200);
    }

    @Test
    void aLoggedOutRefreshTokenNeverRefreshesAgain() {
        User user = market.customer();

        api.post("/api/auth/logout").as(user).json(Map.of("refreshToken", user.refreshToken())).send().expect(200);

        assertThat(refresh(user.refreshToken()).status()).isEqualTo(401);
    }

    @Test
    void anUnknownRefreshTokenIs401() {
        assertThat(refresh("not-a-refresh-token").status()).isEqualTo(401);
    }

    // 401: no valid access token.

    @Test
    void aRequestWithoutATokenIs401() {
        Response refused = api.get("/api/wallet").send();

        assertThat(refused.status()).isEqualTo(401);
        ValidationIT.assertEnvelope(refused);
    }

    @ParameterizedTest(name = "Authorization: {0}")
    @ValueSource(strings = {"Bearer not.a.jwt", "Bearer abc", "Bearer ", "Basic dXNlcjpwYXNz", "Token xyz"})
    void aMalformedAuthorizationIs401(String authorization) {
        Response refused = api.get("/api/wallet").header("Authorization", authorization).send();

        assertThat(refused.status()).isEqualTo(401);
    }

    @Test
    void aTokenMadeByHandWithTheServersKeyIsAcceptedSoTheFollowingRefusalsAreAboutOneFlawEach() {
        Instant now = Instant.now();
        String token = Jwts.hs256(Jwts.claims(customer.id(), "customer", now, now.plus(Duration.ofMinutes(5))),
                Service.JWT_SECRET);

        assertThat(api.get("/api/auth/me").bearer(token).send().status()).isEqualTo(200);
    }

    @Test
    void anExpiredTokenIs401() {
        Instant issued = Instant.now().minus(Duration.ofMinutes(30));
        String expired = Jwts.hs256(Jwts.claims(customer.id(), "customer", issued, issued.plus(Duration.ofMinutes(15))),
                Service.JWT_SECRET);

        assertThat(api.get("/api/wallet").bearer(expired).send().status()).isEqualTo(401);
    }

    @Test
    void anUnsignedAlgNoneTokenIs401() {
        Instant now = Instant.now();
        String unsigned = Jwts.unsigned(Jwts.claims(customer.id(), "admin", now, now.plus(Duration.ofMinutes(5))));

        assertThat(api.get("/api/wallet").bearer(unsigned).send().status()).isEqualTo(401);
    }

    @Test
    void aTokenSignedWithAnotherKeyIs401() {
        Instant now = Instant.now();
        String forged = Jwts.hs256(Jwts.claims(customer.id(), "customer", now, now.plus(Duration.ofMinutes(5))),
                "another-secret-that-is-also-32-bytes-long!");

        assertThat(api.get("/api/wallet").bearer(forged).send().status()).isEqualTo(401);
    }

    @Test
    void aTokenWhosePayloadWasChangedIs401() {
        Instant now = Instant.now();
        String promoted = Jwts.withPayload(customer.accessToken(),
                Jwts.claims(customer.id(), "admin", now, now.plus(Duration.ofMinutes(5))));

        assertThat(api.get("/api/admin/ledger/verify").bearer(promoted).send().status()).isEqualTo(401);
    }

    // 403: signed in, but not allowed.

    @Test
    void theWrongRoleIs403() {
        User contractor = market.contractor();
        User customerWithMoney = market.customer();
        market.deposit(customerWithMoney, "105");
        Deal deal = market.offered(customerWithMoney, contractor, "100");

        assertThat(market.sendOffer(contractor, deal.applicationId(), "100").status()).as("contractor sends an offer")
                .isEqualTo(403);
        assertThat(market.accept(customerWithMoney, deal.offerId()).status()).as("customer accepts").isEqualTo(403);
        assertThat(market.withdraw(customerWithMoney, "50").status()).as("customer withdraws").isEqualTo(403);
        assertThat(api.post("/api/job").as(contractor).json(Map.of("title", "A job", "description",
                "A contractor posting a job", "budget", 100)).send().status()).as("contractor posts a job").isEqualTo(403);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/admin/ledger/verify", "/api/admin/withdrawals", "/api/admin/completion-requests"})
    void aNonAdminCallingTheAdminApiIs403(String path) {
        assertThat(api.get(path).as(customer).send().status()).isEqualTo(403);
        assertThat(api.get(path).as(market.contractor()).send().status()).isEqualTo(403);
    }

    @Test
    void aNonAdminCannotFreezeAWallet() {
        Response refused = api.post("/api/admin/users/" + customer.id() + "/freeze").as(market.customer())
                .json(Map.of("reason", "no")).send();

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void anotherCustomerCannotReadSomeoneElsesAssignedJobOrItsOffer() {
        User owner = market.customer();
        market.deposit(owner, "105");
        Deal deal = market.assigned(owner, market.contractor(), "100");
        User stranger = market.customer();
        User otherContractor = market.contractor();

        assertThat(market.job(stranger, deal.jobId()).status()).isEqualTo(403);
        assertThat(market.job(otherContractor, deal.jobId()).status()).isEqualTo(403);
        assertThat(api.get("/api/job-request/offer/" + deal.offerId()).as(stranger).send().status()).isEqualTo(403);
        assertThat(api.get("/api/job-request/offer/" + deal.offerId()).as(otherContractor).send().status())
                .isEqualTo(403);
        assertThat(market.job(owner, deal.jobId()).status()).isEqualTo(200);
        assertThat(market.job(deal.contractor(), deal.jobId()).status()).isEqualTo(200);
        assertThat(market.job(market.admin(), deal.jobId()).status()).isEqualTo(200);
    }

    @Test
    void anOpenJobIsVisibleToAnySignedInUser() {
        String jobId = market.postJob(market.customer());

        assertThat(market.job(market.customer(), jobId).status()).isEqualTo(200);
        assertThat(market.job(market.contractor(), jobId).status()).isEqualTo(200);
    }

    @Test
    void onlyTheContractorOfTheApplicationCanAcceptOrRejectItsOffer() {
        User owner = market.customer();
        market.deposit(owner, "105");
        Deal deal = market.offered(owner, market.contractor(), "100");
        User otherContractor = market.contractor();

        assertThat(market.accept(otherContractor, deal.offerId()).status()).isEqualTo(403);
        assertThat(api.post("/api/job-request/offer/" + deal.offerId() + "/reject").as(otherContractor).send().status())
                .isEqualTo(403);
    }

    private static Response register(String email, String role) {
        return api.post("/api/auth/register").json(Map.of("email", email, "password", "SecurePass123",
                "name", "John Doe", "role", role)).send();
    }

    private static Response refresh(String refreshToken) {
        return api.post("/api/auth/refresh").json(Map.of("refreshToken", refreshToken)).send();
    }

    /** Moves the user's rotations back in time, as if they had happened {@code seconds} ago. */
    private static void rotatedSecondsAgo(User user, int seconds) {
        Psql.on(service.database()).execute("update refresh_tokens set rotated_at = now() - make_interval(secs => ?)"
                + " where user_id = ? and rotated_at is not null", seconds, user.id());
    }
}
