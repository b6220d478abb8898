package com.jobsphere.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.jobsphere.domain.common.NotFound;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The API's description (CONTRACT.md §14), public: {@code GET /openapi.json} is {@code openapi.yaml} as JSON, read
 * and converted once when the server is built, and {@code GET /docs} is Swagger UI on it, from the
 * {@code org.webjars:swagger-ui} jar. The webjar's own page starts Swagger UI with an inline script pointed at a
 * demo API, so it is not served: {@code /docs} is a page of ours whose one script is a file, which lets the page
 * run under a Content-Security-Policy without {@code 'unsafe-inline'}.
 */
final class DocsRoutes {
    static final String DOCUMENT = "/openapi.yaml";
    /**
     * Swagger UI's files need nothing from elsewhere: scripts, styles and fonts from this server, icons as data
     * URIs, and calls ("Try it out") to this server only. No page may frame it.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";
    private static final String WEBJAR = "/META-INF/resources/webjars/swagger-ui/";
    private static final String WEBJAR_VERSION = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";
    /** Cached by browsers for a day: they change only with a new build. */
    private static final String ASSET_CACHE = "public, max-age=86400";

    private final byte[] document;
    private final byte[] page;
    private final Map<String, Asset> assets;

    DocsRoutes() {
        this.document = documentAsJson();
        this.page = resource("/docs/index.html");
        String webjar = WEBJAR + webjarVersion() + "/";
        this.assets = Map.of(
                "swagger-ui.css", new Asset("text/css; charset=utf-8", resource(webjar + "swagger-ui.css")),
                "swagger-ui-bundle.js", new Asset("text/javascript; charset=utf-8", resource(webjar + "swagger-ui-bundle.js")),
                "favicon-32x32.png", new Asset("image/png", resource(webjar + "favicon-32x32.png")),
                "docs.js", new Asset("text/javascript; charset=utf-8", resource("/docs/docs.js")));
    }

    void addTo(JavalinConfig config) {
        config.routes.get("/openapi.json", ctx -> ctx.status(200).contentType(Json.CONTENT_TYPE).result(document));
        config.routes.get("/docs", this::page);
        config.routes.get("/docs/{file}", this::asset);
    }

    private void page(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("Cache-Control", "no-cache");
        ctx.status(200).contentType("text/html; charset=utf-8").result(page);
    }

    private void asset(Context ctx) {
        Asset asset = assets.get(ctx.pathParam("file"));
        if (asset == null) {
            throw new NotFound("File");
        }
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("Cache-Control", ASSET_CACHE);
        ctx.status(200).contentType(asset.contentType()).result(asset.bytes());
    }

    private record Asset(String contentType, byte[] bytes) {
    }

    /**
     * The YAML document as JSON, its numbers kept as written: {@code 105.00} in an example stays {@code 105.00},
     * as the server writes money, rather than becoming {@code 105.0}.
     */
    static byte[] documentAsJson() {
        ObjectMapper yaml = YAMLMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
        try {
            JsonNode tree = yaml.readTree(resource(DOCUMENT));
            return new Json().mapper().writeValueAsBytes(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(DOCUMENT + " is not valid YAML", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The webjar's version, from its Maven metadata, so that upgrading the dependency needs no code change. */
    private static String webjarVersion() {
        Properties properties = new Properties();
        try (InputStream in = stream(WEBJAR_VERSION)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = properties.getProperty("version");
        if (version == null) {
            throw new IllegalStateException(WEBJAR_VERSION + " names no version");
        }
        return version;
    }

    private static byte[] resource(String path) {
        try (InputStream in = stream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String path) {
        InputStream in = DocsRoutes.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + " is not on the class path");
        }
        return in;
    }
}
