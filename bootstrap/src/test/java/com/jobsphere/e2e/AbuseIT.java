package com.jobsphere.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.e2e.support.Api;
import com.jobsphere.e2e.support.Deal;
import com.jobsphere.e2e.support.Marketplace;
import com.jobsphere.e2e.support.Psql;
import com.jobsphere.e2e.support.Response;
import com.jobsphere.e2e.support.Service;
import com.jobsphere.e2e.support.User;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * CONTRACT.md §13 as an attacker tries it, against two instances on one database behind a proxy
 * ({@code TRUST_PROXY=true}): login throttling that holds across instances, tokens bound to their owner and user,
 * the admin kept out of wallets, and the security headers on every kind of response.
 */
class AbuseIT {
    private static final String TOO_MANY = "Too many login attempts, try again later";

    @RegisterExtension
    static final Service service = Service.withDevelopmentGateway().withEnvironment(Map.of("TRUST_PROXY", "true"))
            .withInstances(2);

    private final Marketplace market = service.marketplace();
    private final Api first = service.api(0);
    private final Api second = service.api(1);

    // Login throttling.

    @Test
    void theEleventhAttemptForAnEmailIs429EvenWithTheRightPasswordAndOnEitherInstance() {
        User user = market.customer();
        String address = newAddress();
        for (int attempt = 0; attempt < 10; attempt++) {
            Api instance = attempt % 2 == 0 ? first : second;
            assertThat(logIn(instance, user.email(), "wrong-password", address).status()).as("attempt %d", attempt + 1)
                    .isEqualTo(401);
        }

        Response eleventh = logIn(second, user.email(), Marketplace.PASSWORD, address);
        Response elsewhere = logIn(first, user.email(), Marketplace.PASSWORD, newAddress());

        for (Response refused : List.of(eleventh, elsewhere)) {
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.message()).isEqualTo(TOO_MANY);
            long retryAfter = Long.parseLong(refused.header("Retry-After").orElseThrow());
            assertThat(retryAfter).as("seconds until the oldest counted attempt is 15 minutes old").isBetween(880L, 900L);
            assertThat(refused.text()).doesNotContain("accessToken");
        }
    }

    @Test
    void aSuccessClearsTheEmailsCount() {
        User user = market.customer();
        String address = newAddress();
        for (int attempt = 0; attempt < 9; attempt++) {
            logIn(first, user.email(), "wrong-password", address).expect(401);
        }
        logIn(second, user.email(), Marketplace.PASSWORD, address).expect(200);

        for (int attempt = 0; attempt < 10; attempt++) {
            assertThat(logIn(first, user.email(), "wrong-password", address).status()).as("attempt %d after the success",
                    attempt + 1).isEqualTo(401);
        }
        assertThat(logIn(first, user.email(), Marketplace.PASSWORD, address).status()).isEqualTo(429);
    }

    @Test
    void theHundredAndFirstAttemptFromOneAddressIs429WhateverTheEmail() {
        String address = newAddress();
        for (int attempt = 0; attempt < 100; attempt++) {
            Api instance = attempt % 2 == 0 ? first : second;
            assertThat(logIn(instance, Marketplace.uniqueEmail("guess"), "wrong-password", address).status())
                    .as("attempt %d", attempt + 1).isEqualTo(401);
        }
        User user = market.customer();

        Response refused = logIn(first, user.email(), Marketplace.PASSWORD, address);
        Response otherAddress = logIn(second, user.email(), Marketplace.PASSWORD, newAddress());

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isPresent();
        assertThat(otherAddress.status()).as("the same user from another address").isEqualTo(200);
    }

    @Test
    void onlyTheLastForwardedHopCountsSoAClientCannotPickItsOwnAddress() {
        User user = market.customer();
        String address = newAddress();
        for (int attempt = 0; attempt < 10; attempt++) {
            first.post("/api/auth/login").header("X-Forwarded-For", newAddress() + ", " + address)
                    .json(Map.of("email", user.email(), "password", "wrong-password")).send().expect(401);
        }

        assertThat(logIn(first, user.email(), Marketplace.PASSWORD, address).status()).isEqualTo(429);
    }

    // Tokens.

    @Test
    void loggingOutAnotherUsersRefreshTokenIs403AndTheTokenStaysValid() {
        User victim = market.customer();
        User attacker = market.customer();

        Response logout = first.post("/api/auth/logout").as(attacker)
                .json(Map.of("refreshToken", victim.refreshToken())).send();

        assertThat(logout.status()).isEqualTo(403);
        assertThat(first.post("/api/auth/refresh").json(Map.of("refreshToken", victim.refreshToken())).send().status())
                .isEqualTo(200);
    }

    @Test
    void theTokenOfAUserWhoNoLongerExistsIs401Everywhere() {
        User gone = market.customer();
        market.wallet(gone);
        User customer = market.customer();
        market.deposit(customer, "100");
        Deal someoneElses = market.offered(customer, market.contractor(), "50");
        Psql database = Psql.on(service.database());
        database.execute("delete from refresh_tokens where user_id = ?", gone.id());
        database.execute("delete from wallets where user_id = ?", gone.id());
        database.execute("delete from wallet_balances where account_key = 'wallet:' || ?", gone.id());
        database.execute("delete from ledger_accounts where owner_id = ?", gone.id());
        database.execute("delete from users where id = ?", gone.id());

        List<Response> answers = List.of(
                first.get("/api/auth/me").as(gone).send(),
                first.get("/api/wallet").as(gone).send(),
                second.get("/api/job").as(gone).send(),
                second.post("/api/job").as(gone).json(Map.of("title", "A job", "description", "Work to do",
                        "budget", 100, "category", "Other", "location", "Remote")).send(),
                // Accepting proves its caller through the offer's contractor: neither someone else's offer (403
                // for a user who exists) nor an unknown one (404) may answer a caller who is gone.
                first.post("/api/job-request/offer/" + someoneElses.offerId() + "/accept").as(gone).send(),
                first.post("/api/job-request/offer/no-such-offer/accept").as(gone).send());

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as("%s", answer).isEqualTo(401);
            assertThat(answer.message()).isEqualTo("Invalid access token");
        });
    }

    @Test
    void aUserWhoseWalletIsGoneGets404NotFound401() {
        // GET /api/wallet proves its caller from the wallet row itself: without a wallet it reads the user to tell a
        // missing wallet (404) from a caller who no longer exists (401, above).
        User walletless = market.customer();
        Psql database = Psql.on(service.database());
        database.execute("delete from wallets where user_id = ?", walletless.id());

        Response answer = first.get("/api/wallet").as(walletless).send();

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.message()).isEqualTo("Wallet not found");
    }

    // The admin and wallets.

    @Test
    void anAdminNeitherDepositsNorWithdraws() {
        User admin = market.admin();

        Response deposit = first.post("/api/wallet/deposit").as(admin).json(Marketplace.amount("100")).send();
        Response withdraw = first.post("/api/wallet/withdraw").as(admin).json(Marketplace.amount("10")).send();

        assertThat(deposit.status()).isEqualTo(403);
        assertThat(withdraw.status()).isEqualTo(403);
    }

    // Headers.

    @Test
    void tokenResponsesAreNeverStored() {
        String email = Marketplace.uniqueEmail("customer");
        Response registered = first.post("/api/auth/register").json(Map.of("email", email, "password",
                Marketplace.PASSWORD, "name", "Headers", "role", "customer")).send().expect(201);
        Response loggedIn = logIn(first, email, Marketplace.PASSWORD, newAddress()).expect(200);
        Response refreshed = first.post("/api/auth/refresh")
                .json(Map.of("refreshToken", loggedIn.text("/tokens/refreshToken"))).send().expect(200);

        for (Response response : List.of(registered, loggedIn, refreshed)) {
            assertThat(response.header("Cache-Control")).hasValue("no-store");
        }
    }

    @Test
    void successesErrorsAndPagesAllCarryTheSecurityHeaders() {
        User customer = market.customer();
        Response success = market.wallet(customer);
        Response error = first.get("/api/job/unknown-job").as(customer).send();
        Response started = market.startDeposit(customer, "10");
        Response page = first.get(URI.create(started.text("/checkoutUrl")).getPath()).send().expect(200);

        for (Response response : List.of(success, error, page)) {
            assertThat(response.header("X-Content-Type-Options")).as("%s", response).hasValue("nosniff");
            assertThat(response.header("Referrer-Policy")).hasValue("no-referrer");
        }
        assertThat(error.status()).isEqualTo(404);
        assertThat(page.header("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
    }

    private static Response logIn(Api instance, String email, String password, String address) {
        return instance.post("/api/auth/login").header("X-Forwarded-For", address)
                .json(Map.of("email", email, "password", password)).send();
    }

    /** A client address of its own, so no two tests share a count. */
    private static String newAddress() {
        UUID random = UUID.randomUUID();
        return "2001:db8::" + Long.toHexString(random.getMostSignificantBits() & 0xffff) + ":"
                + Long.toHexString(random.getLeastSignificantBits() & 0xffff);
    }
}
