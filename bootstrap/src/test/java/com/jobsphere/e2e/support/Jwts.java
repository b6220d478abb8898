package com.jobsphere.e2e.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Access tokens made by hand with the JDK alone (HMAC-SHA256 and base64url), independently of the
 * server's JWT library, so that tests can present expired, unsigned or wrongly signed tokens.
 */
public final class Jwts {
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private Jwts() {
    }

    /** The claims the server issues: {@code sub}, {@code role}, {@code iat} and {@code exp}. */
    public static Map<String, Object> claims(String userId, String role, Instant issuedAt, Instant expiresAt) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", userId);
        claims.put("role", role);
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("exp", expiresAt.getEpochSecond());
        return claims;
    }

    /** An HS256 token signed with {@code secret}. */
    public static String hs256(Map<String, Object> claims, String secret) {
        String signingInput = part(Map.of("alg", "HS256", "typ", "JWT")) + "." + part(claims);
        return signingInput + "." + BASE64URL.encodeToString(hmacSha256(secret, signingInput));
    }

    /** An {@code alg: none} token: no signature at all. */
    public static String unsigned(Map<String, Object> claims) {
        return part(Map.of("alg", "none", "typ", "JWT")) + "." + part(claims) + ".";
    }

    /** {@code token} with its payload replaced by {@code claims} and its original signature kept. */
    public static String withPayload(String token, Map<String, Object> claims) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + part(claims) + "." + parts[2];
    }

    private static String part(Map<String, Object> json) {
        try {
            return BASE64URL.encodeToString(Json.MAPPER.writeValueAsBytes(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not serializable: " + json, e);
        }
    }

    private static byte[] hmacSha256(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
