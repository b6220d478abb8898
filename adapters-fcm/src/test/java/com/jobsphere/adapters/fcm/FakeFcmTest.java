package com.jobsphere.adapters.fcm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fake's token endpoint refuses what Google's refuses, so that the adapter's passing tests mean
 * it signs real assertions: these build assertions by hand, good and bad.
 */
class FakeFcmTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUDIENCE = "https://oauth2.googleapis.com/token";

    private FakeFcm fcm;
    private FakeFcm.ServiceAccountKey key;

    @BeforeEach
    void startFakeFcm() {
        fcm = new FakeFcm().start();
        key = fcm.issueServiceAccountKey();
    }

    @AfterEach
    void stopFakeFcm() {
        fcm.close();
    }

    @Test
    void aWellSignedAssertionGetsABearerToken() throws Exception {
        HttpResponse<String> answer = postAssertion(assertion(key.keyPair().getPrivate(), claims(AUDIENCE)));

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode token = JSON.readTree(answer.body());
        assertThat(token.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(token.path("expires_in").asInt()).isEqualTo(3600);
        assertThat(fcm.issuedAccessTokens()).containsExactly(token.path("access_token").asText());
    }

    @Test
    void anAssertionSignedWithAnotherKeyIsRefusedEvenUnderTheRightName() throws Exception {
        PrivateKey stranger = FakeFcm.ServiceAccountKey.generate(key.clientEmail()).keyPair().getPrivate();

        HttpResponse<String> answer = postAssertion(assertion(stranger, claims(AUDIENCE)));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("invalid_grant");
        assertThat(fcm.tokenRefusals()).containsExactly("Invalid JWT Signature.");
    }

    @Test
    void anAssertionForAnotherAudienceOrScopeOrAlreadyExpiredIsRefused() throws Exception {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> otherAudience = claims("https://example.com/token");
        Map<String, Object> otherScope = Map.of("iss", key.clientEmail(), "aud", AUDIENCE, "iat", now, "exp", now + 3600,
                "scope", "https://www.googleapis.com/auth/cloud-platform");
        Map<String, Object> expired = Map.of("iss", key.clientEmail(), "aud", AUDIENCE, "iat", now - 7200,
                "exp", now - 3600, "scope", FakeFcm.FIREBASE_MESSAGING_SCOPE);

        for (Map<String, Object> claims : List.of(otherAudience, otherScope, expired)) {
            assertThat(postAssertion(assertion(key.keyPair().getPrivate(), claims)).statusCode()).as(claims.toString())
                    .isEqualTo(400);
        }
        assertThat(fcm.issuedAccessTokens()).isEmpty();
    }

    private Map<String, Object> claims(String audience) {
        long now = Instant.now().getEpochSecond();
        return Map.of("iss", key.clientEmail(), "aud", audience, "iat", now, "exp", now + 3600,
                "scope", FakeFcm.FIREBASE_MESSAGING_SCOPE);
    }

    private String assertion(PrivateKey privateKey, Map<String, Object> claims) throws Exception {
        String header = base64Url(JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT",
                "kid", key.privateKeyId())));
        String payload = base64Url(JSON.writeValueAsBytes(claims));
        return header + "." + payload + "." + base64Url(sign(privateKey, header + "." + payload));
    }

    private static byte[] sign(PrivateKey privateKey, String signed) throws GeneralSecurityException {
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(privateKey);
        signature.update(signed.getBytes(StandardCharsets.US_ASCII));
        return signature.sign();
    }

    @Test
    void aHeldTokenRequestIsAnsweredOnlyOnceReleased() throws Exception {
        fcm.holdTokenRequests();
        CompletableFuture<HttpResponse<String>> answer = CompletableFuture.supplyAsync(() -> {
            try {
                return postAssertion(assertion(key.keyPair().getPrivate(), claims(AUDIENCE)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        while (fcm.tokenRequests() == 0) {
            Thread.sleep(5);
        }

        assertThat(answer).as("held at the gate").isNotDone();
        fcm.releaseTokenRequests();
        assertThat(answer.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> postAssertion(String assertion) throws Exception {
        String form = "grant_type=" + URLEncoder.encode("urn:ietf:params:oauth:grant-type:jwt-bearer",
                StandardCharsets.UTF_8) + "&assertion=" + URLEncoder.encode(assertion, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(fcm.tokenUri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
