package com.jobsphere.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.jobsphere.domain.common.Unauthenticated;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.user.Caller;
import com.jobsphere.domain.user.Role;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import org.junit.jupiter.api.Test;

class JwtTokensTest {
    private static final byte[] SECRET = "a-test-secret-that-is-at-least-32-bytes-long".getBytes(StandardCharsets.UTF_8);
    private static final byte[] OTHER_SECRET = "another-secret-that-is-at-least-32-bytes-long".getBytes(StandardCharsets.UTF_8);
    private static final Instant ISSUED_AT = Instant.parse("2026-01-28T12:00:00Z");
    private static final Duration LIFETIME = Duration.ofMinutes(15);
    private static final UserId USER_1 = new UserId("user-1");

    private static JwtTokens tokensAt(Instant now) {
        return new JwtTokens(SECRET, LIFETIME, Clock.fixed(now, ZoneOffset.UTC));
    }

    private final JwtTokens tokens = tokensAt(ISSUED_AT.plusSeconds(60));

    @Test
    void aValidTokenGivesItsCaller() {
        String token = tokens.issueAccessToken(USER_1, Role.CONTRACTOR, ISSUED_AT);

        Caller caller = tokens.verifyAccessToken(token);

        assertThat(caller).isEqualTo(new Caller(USER_1, Role.CONTRACTOR));
    }

    @Test
    void theTokenCarriesSubRoleIatAndExpSignedWithHs256() {
        var decoded = JWT.decode(tokens.issueAccessToken(USER_1, Role.ADMIN, ISSUED_AT));

        assertThat(decoded.getAlgorithm()).isEqualTo("HS256");
        assertThat(decoded.getSubject()).isEqualTo("user-1");
        assertThat(decoded.getClaim("role").asString()).isEqualTo("admin");
        assertThat(decoded.getIssuedAtAsInstant()).isEqualTo(ISSUED_AT);
        assertThat(decoded.getExpiresAtAsInstant()).isEqualTo(ISSUED_AT.plus(LIFETIME));
    }

    @Test
    void anExpiredTokenIsUnauthenticated() {
        String token = tokens.issueAccessToken(USER_1, Role.CUSTOMER, ISSUED_AT);
        JwtTokens later = tokensAt(ISSUED_AT.plus(LIFETIME).plusSeconds(1));

        assertThatThrownBy(() -> later.verifyAccessToken(token))
                .isInstanceOf(Unauthenticated.class)
                .hasMessage("Access token has expired");
    }

    @Test
    void aCachedTokenIsStillRefusedOnceItExpires() {
        SettableClock clock = new SettableClock(ISSUED_AT.plusSeconds(60));
        JwtTokens cachingTokens = new JwtTokens(SECRET, LIFETIME, clock);
        String token = cachingTokens.issueAccessToken(USER_1, Role.CUSTOMER, ISSUED_AT);
        assertThat(cachingTokens.verifyAccessToken(token)).isEqualTo(new Caller(USER_1, Role.CUSTOMER));

        clock.now = ISSUED_AT.plus(LIFETIME);

        assertThatThrownBy(() -> cachingTokens.verifyAccessToken(token))
                .isInstanceOf(Unauthenticated.class)
                .hasMessage("Access token has expired");
    }

    @Test
    void aTamperedTokenIsRefusedAfterTheGenuineOneWasVerified() {
        String token = tokens.issueAccessToken(USER_1, Role.CUSTOMER, ISSUED_AT);
        tokens.verifyAccessToken(token);
        String[] parts = token.split("\\.");
        String adminPayload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("\"customer\"", "\"admin\"").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> tokens.verifyAccessToken(parts[0] + "." + adminPayload + "." + parts[2]))
                .isInstanceOf(Unauthenticated.class);
    }

    /** A clock a test can move, to age a token that is already in the cache. */
    private static final class SettableClock extends Clock {
        private volatile Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void anUnsignedTokenWithAlgNoneIsRefused() {
        String token = JWT.create().withSubject("user-1").withClaim("role", "admin")
                .withIssuedAt(Date.from(ISSUED_AT)).withExpiresAt(Date.from(ISSUED_AT.plus(LIFETIME)))
                .sign(Algorithm.none());

        assertThatThrownBy(() -> tokens.verifyAccessToken(token)).isInstanceOf(Unauthenticated.class);
    }

    @Test
    void aTokenSignedWithAnotherAlgorithmIsRefused() {
        String token = JWT.create().withSubject("user-1").withClaim("role", "admin")
                .withIssuedAt(Date.from(ISSUED_AT)).withExpiresAt(Date.from(ISSUED_AT.plus(LIFETIME)))
                .sign(Algorithm.HMAC384(SECRET));

        assertThatThrownBy(() -> tokens.verifyAccessToken(token)).isInstanceOf(Unauthenticated.class);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        JwtTokens otherKey = new JwtTokens(OTHER_SECRET, LIFETIME, Clock.fixed(ISSUED_AT, ZoneOffset.UTC));
        String token = otherKey.issueAccessToken(USER_1, Role.ADMIN, ISSUED_AT);

        assertThatThrownBy(() -> tokens.verifyAccessToken(token)).isInstanceOf(Unauthenticated.class);
    }

    @Test
    void aTamperedPayloadIsRefused() {
        String[] parts = tokens.issueAccessToken(USER_1, Role.CUSTOMER, ISSUED_AT).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"customer\"", "\"admin\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThatThrownBy(() -> tokens.verifyAccessToken(tampered)).isInstanceOf(Unauthenticated.class);
    }

    @Test
    void aTokenWithoutRoleOrExpiryIsRefused() {
        String withoutRole = JWT.create().withSubject("user-1").withIssuedAt(Date.from(ISSUED_AT))
                .withExpiresAt(Date.from(ISSUED_AT.plus(LIFETIME))).sign(Algorithm.HMAC256(SECRET));
        String withoutExpiry = JWT.create().withSubject("user-1").withClaim("role", "admin")
                .withIssuedAt(Date.from(ISSUED_AT)).sign(Algorithm.HMAC256(SECRET));
        String unknownRole = JWT.create().withSubject("user-1").withClaim("role", "root")
                .withIssuedAt(Date.from(ISSUED_AT)).withExpiresAt(Date.from(ISSUED_AT.plus(LIFETIME)))
                .sign(Algorithm.HMAC256(SECRET));

        assertThatThrownBy(() -> tokens.verifyAccessToken(withoutRole)).isInstanceOf(Unauthenticated.class);
        assertThatThrownBy(() -> tokens.verifyAccessToken(withoutExpiry)).isInstanceOf(Unauthenticated.class);
        assertThatThrownBy(() -> tokens.verifyAccessToken(unknownRole)).isInstanceOf(Unauthenticated.class);
    }

    /** A signed token whose subject no user id could be is an invalid token (401), never a fault. */
    @Test
    void aTokenWhoseSubjectIsNoUserIdIsRefused() {
        for (String subject : new String[] {null, "", "   ", "u".repeat(256)}) {
            String token = JWT.create().withSubject(subject).withClaim("role", "admin")
                    .withIssuedAt(Date.from(ISSUED_AT)).withExpiresAt(Date.from(ISSUED_AT.plus(LIFETIME)))
                    .sign(Algorithm.HMAC256(SECRET));

            assertThatThrownBy(() -> tokens.verifyAccessToken(token))
                    .isInstanceOf(Unauthenticated.class)
                    .hasMessage("Invalid access token");
        }
    }

    @Test
    void malformedTokensAreRefused() {
        for (String token : new String[] {"", "   ", "abc", "a.b.c", "x".repeat(5000)}) {
            assertThatThrownBy(() -> tokens.verifyAccessToken(token)).isInstanceOf(Unauthenticated.class);
        }
        assertThatThrownBy(() -> tokens.verifyAccessToken(null)).isInstanceOf(Unauthenticated.class);
    }

    @Test
    void aShortSecretIsRefusedAtConstruction() {
        assertThatThrownBy(() -> new JwtTokens(new byte[31], LIFETIME, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refreshTokensAreRandom32ByteBase64UrlAndHashedAsSha256Hex() {
        String first = tokens.newRefreshToken();
        String second = tokens.newRefreshToken();

        assertThat(first).isNotEqualTo(second).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(first)).hasSize(32);
        assertThat(tokens.hashRefreshToken(first)).matches("[0-9a-f]{64}").isEqualTo(tokens.hashRefreshToken(first))
                .isNotEqualTo(tokens.hashRefreshToken(second));
        assertThat(tokens.hashRefreshToken("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
