package com.jobsphere.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.jobsphere.adapters.postgres.TestDatabase;
import com.jobsphere.bootstrap.Application;
import com.jobsphere.bootstrap.Config;
import com.jobsphere.e2e.support.Service;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * openapi.yaml names exactly the routes the server has: the routes are read from the router of the real application
 * (started as {@code Main} starts it, with the development gateway, whose pages are routes too), the document's from
 * the file. A route added without its description fails, and so does a description of a route that does not exist.
 */
class RoutesDocumentedIT {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    @Test
    void theDocumentNamesEveryRouteOfTheRouterAndNoOther() {
        Set<String> served = served();
        Set<String> documented = documented();

        assertThat(served).as("routes of the router").hasSizeGreaterThan(40);
        assertThat(new TreeSet<>(served)).as("routes the server has that openapi.yaml does not name")
                .isSubsetOf(documented);
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(served);
        assertThat(missing).as("routes openapi.yaml names that the server does not have").isEmpty();
    }

    private static Set<String> served() {
        try (TestDatabase database = TestDatabase.create()) {
            Application application = Application.start(Config.fromEnvironment(Service.environmentFor(database, null)));
            try {
                return new TreeSet<>(application.routes());
            } finally {
                application.close();
            }
        }
    }

    private static Set<String> documented() {
        Set<String> routes = new TreeSet<>();
        try (InputStream in = RoutesDocumentedIT.class.getResourceAsStream("/openapi.yaml")) {
            JsonNode paths = new YAMLMapper().readTree(in).path("paths");
            for (Map.Entry<String, JsonNode> path : paths.properties()) {
                for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                    if (METHODS.contains(operation.getKey())) {
                        routes.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return routes;
    }
}
