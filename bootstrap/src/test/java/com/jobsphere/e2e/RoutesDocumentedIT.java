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
    /**
     * Routes the document already names that other branches are building (the notification feed, the console and
     * its admin reads). This list must be emptied when those branches merge: the test fails as soon as any of
     * them is served, so a stale entry cannot stay.
     */
    static final Set<String> PENDING = Set.of(
            "POST /api/notifications/devices",
            "DELETE /api/notifications/devices/{token}",
            "GET /api/notifications",
            "POST /api/notifications/{id}/read",
            "POST /api/notifications/read-all",
            "GET /api/admin/users",
            "GET /api/admin/ledger/balances",
            "GET /api/admin/ledger/transfers",
            "GET /admin");

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
        assertThat(missing).as("routes openapi.yaml names that the server does not have (beyond those pending)")
                .isSubsetOf(PENDING);
        assertThat(served).as("pending routes that are now served: take them off PENDING").doesNotContainAnyElementsOf(PENDING);
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
