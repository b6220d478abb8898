package com.jobsphere.adapters.fcm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Objects;

/**
 * Writes service-account JSON files in the shape Google's console downloads, for a {@link FakeFcm}:
 * what {@code GOOGLE_APPLICATION_CREDENTIALS} names in production.
 */
public final class ServiceAccountFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ServiceAccountFiles() {
    }

    /**
     * A file for a fresh key the fake trusts, whose {@code token_uri} is the fake's token endpoint.
     * Returns the file's path, inside {@code directory}.
     */
    public static Path writeFor(FakeFcm fcm, Path directory) {
        return write(directory, fcm.projectId(), fcm.tokenUri(), fcm.issueServiceAccountKey());
    }

    /** A file for any key and token endpoint, for example a key the fake never issued. */
    public static Path write(Path directory, String projectId, URI tokenUri, FakeFcm.ServiceAccountKey key) {
        Objects.requireNonNull(key, "key");
        ObjectNode file = JSON.createObjectNode();
        file.put("type", "service_account");
        file.put("project_id", projectId);
        file.put("private_key_id", key.privateKeyId());
        file.put("private_key", pkcs8Pem(key.keyPair().getPrivate().getEncoded()));
        file.put("client_email", key.clientEmail());
        file.put("client_id", "100000000000000000001");
        file.put("auth_uri", "https://accounts.google.com/o/oauth2/auth");
        file.put("token_uri", tokenUri.toString());
        file.put("auth_provider_x509_cert_url", "https://www.googleapis.com/oauth2/v1/certs");
        file.put("universe_domain", "googleapis.com");
        try {
            Path path = Files.createTempFile(directory, "service-account-", ".json");
            Files.write(path, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(file));
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write a service account file in " + directory, e);
        }
    }

    /** The PEM Google's files carry: PKCS#8, base64 in lines of 64 characters. */
    private static String pkcs8Pem(byte[] pkcs8) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pkcs8);
        return "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n";
    }
}
