package com.jobsphere.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * This machine has no Docker, so {@code compose.yaml} and the {@code Dockerfile} are never built here. What can be
 * checked without building them is checked: every variable the service is given is one {@link Config} reads, and
 * with them (their {@code ${VAR:-default}} defaults filled in) the configuration is accepted; the ports, the probe
 * and the database agree across the two files; the image runs the jar the build makes, as a user that is not root.
 */
class ContainerFilesTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern DEFAULTED = Pattern.compile("\\$\\{([A-Z_]+):-([^}]*)}");

    private final JsonNode compose = read("compose.yaml");
    private final JsonNode service = compose.path("services").path("jobsphere");
    private final JsonNode postgres = compose.path("services").path("postgres");
    private final List<String> dockerfile = lines("Dockerfile");

    @Test
    void everyVariableTheServiceIsGivenIsOneTheConfigurationReadsAndAccepts() {
        Map<String, String> environment = environment(service);
        Set<String> read = variablesConfigReads();

        assertThat(read).as("variables Config reads").contains("DATABASE_URL", "METRICS_TOKEN", "LOG_FORMAT");
        assertThat(environment.keySet()).as("variables compose.yaml gives the service").isNotEmpty().isSubsetOf(read);
        Config config = Config.fromEnvironment(environment);
        assertThat(config.port()).isEqualTo(3000);
        assertThat(config.logFormat()).isEqualTo(LogFormat.JSON);
    }

    @Test
    void theServiceReachesTheDatabaseComposeStartsOnceItIsHealthy() {
        Map<String, String> environment = environment(service);
        Map<String, String> database = environment(postgres);
        URI url = URI.create(environment.get("DATABASE_URL").substring("jdbc:".length()));

        assertThat(postgres.path("image").asText()).startsWith("postgres:15");
        assertThat(url.getHost()).isEqualTo("postgres");
        assertThat(url.getPort()).isEqualTo(5432);
        assertThat(url.getPath()).isEqualTo("/" + database.get("POSTGRES_DB"));
        assertThat(environment.get("DATABASE_USER")).isEqualTo(database.get("POSTGRES_USER"));
        assertThat(environment.get("DATABASE_PASSWORD")).isEqualTo(database.get("POSTGRES_PASSWORD"));
        assertThat(service.path("depends_on").path("postgres").path("condition").asText()).isEqualTo("service_healthy");
        assertThat(postgres.path("healthcheck").path("test").toString()).contains("pg_isready");
    }

    @Test
    void thePortThePublishedPortAndBothHealthChecksAgree() {
        String port = environment(service).get("PORT");

        assertThat(service.path("ports").get(0).asText()).endsWith(":" + port);
        assertThat(service.path("healthcheck").path("test").toString())
                .contains("http://localhost:" + port + "/readyz");
        assertThat(dockerfile).contains("EXPOSE " + port);
        assertThat(String.join("\n", dockerfile)).contains("ENV PORT=" + port)
                .containsPattern("HEALTHCHECK .*\\n.*http://localhost:" + port + "/readyz");
        assertThat(service.path("stop_grace_period").asText()).isEqualTo("30s");
    }

    @Test
    void theImageBuildsWithTheWrapperAndRunsTheJarAsAUserThatIsNotRoot() {
        List<String> stages = dockerfile.stream().filter(line -> line.startsWith("FROM ")).toList();

        assertThat(stages).containsExactly("FROM eclipse-temurin:17-jdk AS build", "FROM eclipse-temurin:17-jre");
        assertThat(dockerfile).anyMatch(line -> line.startsWith("RUN ./mvnw ") && line.contains("package"));
        assertThat(dockerfile).contains("COPY --from=build /src/bootstrap/target/jobsphere.jar /app/jobsphere.jar");
        assertThat(Files.isRegularFile(ROOT.resolve("mvnw"))).isTrue();
        String user = dockerfile.stream().filter(line -> line.startsWith("USER ")).reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("the image names no USER, so it runs as root"));
        assertThat(user).isNotIn("USER root", "USER 0");
        assertThat(dockerfile.get(dockerfile.size() - 1)).startsWith("ENTRYPOINT [\"java\"")
                .contains("\"/app/jobsphere.jar\"");
    }

    /** The names Config asks of its environment, recorded by a map that answers nothing. */
    private static Set<String> variablesConfigReads() {
        Set<String> asked = new TreeSet<>();
        Map<String, String> recording = new AbstractMap<>() {
            @Override
            public String get(Object key) {
                asked.add((String) key);
                return null;
            }

            @Override
            public Set<Entry<String, String>> entrySet() {
                return Set.of();
            }
        };
        Config.fromEnvironment(recording);
        return asked;
    }

    /** A service's environment, with compose's {@code ${VAR:-default}} replaced by its default. */
    private static Map<String, String> environment(JsonNode service) {
        Map<String, String> environment = new HashMap<>();
        for (Map.Entry<String, JsonNode> variable : service.path("environment").properties()) {
            Matcher defaulted = DEFAULTED.matcher(variable.getValue().asText());
            environment.put(variable.getKey(), defaulted.replaceAll(match -> Matcher.quoteReplacement(match.group(2))));
        }
        return environment;
    }

    private static JsonNode read(String file) {
        try {
            return new YAMLMapper().readTree(ROOT.resolve(file).toFile());
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(ROOT.resolve(file));
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }
}
