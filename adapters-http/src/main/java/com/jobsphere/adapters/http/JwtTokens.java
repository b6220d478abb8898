package com.jobsphere.adapters.http;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.exceptions.TokenExpiredException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.user.Caller;
import com.jobsphere.application.port.Tokens;
import com.jobsphere.domain.common.Unauthenticated;
import com.jobsphere.domain.common.WireNames;
import com.jobsphere.domain.user.Role;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens are HS256 JWTs with {@code sub}, {@code role}, {@code iat} and {@code exp}. Verification
 * accepts only HS256 signed with our key: {@code alg: none}, any other algorithm, another key, a
 * tampered payload, an expired or malformed token are all {@link Unauthenticated}. Refresh tokens are 32
 * random bytes (base64url) stored as their SHA-256, which is enough for tokens with that much entropy.
 */
final class JwtTokens implements Tokens {
    static final int MINIMUM_SECRET_BYTES = 32;
    static final String ROLE_CLAIM = "role";
    private static final int REFRESH_TOKEN_BYTES = 32;
    /** No token we issue comes near this; a longer one is refused before any parsing. */
    private static final int MAXIMUM_TOKEN_LENGTH = 4096;

    private final Algorithm algorithm;
    private final JWTVerifier verifier;
    private final Duration lifetime;
    /** Bounds the cache of verified tokens; past it the cache starts afresh rather than grow. */
    private static final int MAXIMUM_CACHED_TOKENS = 10_000;

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    /** A token that passed verification, and the instant from which it is expired. */
    private record Verified(Caller caller, Instant expiresAt) {
    }

    JwtTokens(byte[] secret, Duration lifetime, Clock clock) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(lifetime, "lifetime");
        Objects.requireNonNull(clock, "clock");
        if (secret.length < MINIMUM_SECRET_BYTES) {
            throw new IllegalArgumentException("The JWT secret must be at least 32 bytes");
        }
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("The access token lifetime must be positive");
        }
        this.algorithm = Algorithm.HMAC256(secret.clone());
        this.lifetime = lifetime;
        this.clock = clock;
        this.verifier = ((JWTVerifier.BaseVerification) JWT.require(algorithm)
                .withClaimPresence("sub")
                .withClaimPresence(ROLE_CLAIM)
                .withClaimPresence("iat")
                .withClaimPresence("exp")
                .acceptLeeway(0))
                .build(clock);
    }

    @Override
    public String issueAccessToken(UserId userId, Role role, Instant issuedAt) {
        return JWT.create()
                .withSubject(userId.value())
                .withClaim(ROLE_CLAIM, WireNames.of(role))
                .withIssuedAt(Date.from(issuedAt))
                .withExpiresAt(Date.from(issuedAt.plus(lifetime)))
                .sign(algorithm);
    }

    /**
     * Verifies the token, or answers from the cache of tokens already verified. Signature checks and JSON
     * parsing dominate an authenticated request's CPU, and the app sends the same token for up to 15
     * minutes; a cached token is still refused from its {@code exp} on, exactly as a fresh check would.
     */
    @Override
    public Caller verifyAccessToken(String token) {
        if (token == null || token.isBlank() || token.length() > MAXIMUM_TOKEN_LENGTH) {
            throw new Unauthenticated("Invalid access token");
        }
        Verified cached = verified.get(token);
        if (cached != null && clock.instant().isBefore(cached.expiresAt())) {
            return cached.caller();
        }
        DecodedJWT jwt;
        try {
            jwt = verifier.verify(token);
        } catch (TokenExpiredException e) {
            verified.remove(token);
            throw new Unauthenticated("Access token has expired");
        } catch (JWTVerificationException e) {
            throw new Unauthenticated("Invalid access token");
        }
        Role role = WireNames.parse(Role.class, jwt.getClaim(ROLE_CLAIM).asString())
                .orElseThrow(() -> new Unauthenticated("Invalid access token"));
        Caller caller = new Caller(subject(jwt), role);
        if (verified.size() >= MAXIMUM_CACHED_TOKENS) {
            verified.clear();
        }
        verified.put(token, new Verified(caller, jwt.getExpiresAtAsInstant()));
        return caller;
    }

    /** The user the token names; a subject no user id could be is an invalid token, not an error. */
    private static UserId subject(DecodedJWT jwt) {
        try {
            return new UserId(jwt.getSubject());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Unauthenticated("Invalid access token");
        }
    }

    @Override
    public String newRefreshToken() {
        byte[] bytes = new byte[REFRESH_TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String hashRefreshToken(String refreshToken) {
        Objects.requireNonNull(refreshToken, "refreshToken");
        return HexFormat.of().formatHex(Idempotency.sha256().digest(refreshToken.getBytes(StandardCharsets.UTF_8)));
    }
}
