package com.jobsphere.adapters.postgres;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a database is, read from either form {@code DATABASE_URL} may take: a JDBC URL
 * {@code jdbc:postgresql://host:port/database?parameters} or a URI {@code postgres://user:password@host:port/database}.
 * Query parameters are kept and passed on to the driver.
 */
record DatabaseUrl(String host, int port, String database, String query, String user, String password) {
    static final int DEFAULT_PORT = 5432;
    static final String MAINTENANCE_DATABASE = "postgres";

    private static final Pattern PASSWORD_IN_USER_INFO = Pattern.compile("(://[^:/@?]*:)[^@/?]*@");
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&]*");

    DatabaseUrl {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(query, "query");
    }

    static DatabaseUrl parse(String url) {
        Objects.requireNonNull(url, "url");
        String uriText;
        if (url.startsWith("jdbc:postgresql://")) {
            uriText = url.substring("jdbc:".length());
        } else if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
            uriText = url;
        } else {
            throw refused(url, "it must start with jdbc:postgresql://, postgres:// or postgresql://");
        }
        URI uri;
        try {
            uri = new URI(uriText);
        } catch (URISyntaxException e) {
            throw refused(url, "it is not a valid URL (" + e.getReason() + ")");
        }
        if (uri.getHost() == null) {
            throw refused(url, "it names no host");
        }
        String path = uri.getRawPath();
        if (path == null || path.length() < 2 || path.indexOf('/', 1) >= 0) {
            throw refused(url, "it must name exactly one database, as in host:port/database");
        }
        String userInfo = uri.getRawUserInfo();
        String user = null;
        String password = null;
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        }
        return new DatabaseUrl(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(),
                decode(path.substring(1)), Objects.requireNonNullElse(uri.getRawQuery(), ""), user, password);
    }

    /** The URL for the driver, without credentials: they travel as connection properties. */
    String jdbcUrl() {
        String encodedDatabase = URLEncoder.encode(database, StandardCharsets.UTF_8);
        return "jdbc:postgresql://" + host + ":" + port + "/" + encodedDatabase + (query.isEmpty() ? "" : "?" + query);
    }

    /** The same server and parameters, another database: used to reach the maintenance database. */
    DatabaseUrl withDatabase(String name) {
        return new DatabaseUrl(host, port, name, query, user, password);
    }

    Optional<String> userInUrl() {
        return Optional.ofNullable(user);
    }

    Optional<String> passwordInUrl() {
        return Optional.ofNullable(password);
    }

    /** The URL with any password replaced, fit for logs and error messages. */
    static String redact(String url) {
        String withoutUserInfoPassword = PASSWORD_IN_USER_INFO.matcher(url).replaceAll("$1***@");
        return PASSWORD_PARAMETER.matcher(withoutUserInfoPassword).replaceAll("$1***");
    }

    @Override
    public String toString() {
        return "DatabaseUrl[" + host + ":" + port + "/" + database + (user == null ? "" : ", user=" + user) + "]";
    }

    /** Percent-decodes without turning '+' into a space, which only form encoding does. */
    private static String decode(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static IllegalArgumentException refused(String url, String reason) {
        return new IllegalArgumentException("DATABASE_URL " + redact(url) + " cannot be used: " + reason);
    }
}
