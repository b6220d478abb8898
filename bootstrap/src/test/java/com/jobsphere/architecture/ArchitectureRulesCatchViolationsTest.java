package com.jobsphere.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each architecture rule, pointed at the deliberately bad classes under {@code fixtures}, reports
 * them: a rule that cannot fail proves nothing.
 */
class ArchitectureRulesCatchViolationsTest {
    private static final String FIXTURES = "com.jobsphere.architecture.fixtures";
    private static final JavaClasses BAD_CLASSES = new ClassFileImporter().importPackages(FIXTURES);

    @Test
    void theDomainRuleCatchesADomainClassUsingTheApplication() {
        assertThat(violationsOf(ArchitectureRules.domainDependsOnlyOnJavaAndItself(FIXTURES)))
                .contains("NeedsTheApplication").contains("SomeUseCase")
                .doesNotContain("<" + FIXTURES + ".domain.ping.Ping");
    }

    @Test
    void theApplicationRuleCatchesAUseCaseUsingAnAdapterAndBootstrap() {
        assertThat(violationsOf(ArchitectureRules.applicationDependsOnlyOnJavaTheDomainAndItself(FIXTURES)))
                .contains("SomeUseCase").contains("PublicRoutes").contains("Wiring")
                .doesNotContain("depends on <" + FIXTURES + ".domain.leaky");
    }

    @Test
    void theMetricsRuleCatchesAUseCaseCountingWithMicrometer() {
        assertThat(violationsOf(ArchitectureRules.theCoreKnowsNothingOfMetricsOrLogFormats(FIXTURES)))
                .contains("CountsWithMicrometer").contains("io.micrometer.core.instrument.Counter");
    }

    @Test
    void theAdapterIsolationRuleCatchesOneAdapterUsingAnother() {
        assertThat(violationsOf(ArchitectureRules.adaptersDoNotDependOnEachOther(FIXTURES)))
                .contains("PublicRoutes").contains("PostgresAdapter");
    }

    @Test
    void theAdapterUseRuleCatchesAUseCaseUsingAnAdapterButLetsBootstrapUseThem() {
        assertThat(violationsOf(ArchitectureRules.onlyBootstrapDependsOnAdapters(FIXTURES)))
                .contains("SomeUseCase").doesNotContain("Wiring.");
    }

    @Test
    void theBootstrapRuleCatchesAUseCaseUsingBootstrap() {
        assertThat(violationsOf(ArchitectureRules.nothingDependsOnBootstrap(FIXTURES)))
                .contains("SomeUseCase").contains("Wiring");
    }

    @Test
    void eachLibraryRuleCatchesItsLibraryOutsideItsAdapter() {
        assertThat(violationsOf(ArchitectureRules.librariesStayInTheirAdapters(FIXTURES)))
                .contains("io.javalin.Javalin", "com.auth0.jwt.JWT", "org.jdbi.v3.core.Jdbi",
                        "com.zaxxer.hikari.HikariConfig", "org.flywaydb.core.Flyway", "com.stripe.Stripe",
                        "com.google.auth.oauth2.GoogleCredentials", "com.google.api.client.http.HttpTransport")
                .contains(FIXTURES + ".adapters.postgres.PostgresAdapter");
        for (ArchitectureRules.Confinement confinement : ArchitectureRules.LIBRARIES) {
            assertThat(violationsOf(ArchitectureRules.libraryStaysInItsAdapter(FIXTURES, confinement)))
                    .as("%s", confinement).contains("Wiring");
        }
    }

    @Test
    void theCycleRulesCatchCyclesBetweenLayersAndInsideTheDomainAndTheApplication() {
        assertThat(violationsOf(ArchitectureRules.topLevelPackagesAreFreeOfCycles(FIXTURES)))
                .contains("NeedsTheApplication").contains("SomeUseCase");
        assertThat(violationsOf(ArchitectureRules.domainPackagesAreFreeOfCycles(FIXTURES)))
                .contains("Ping").contains("Pong");
        assertThat(violationsOf(ArchitectureRules.applicationPackagesAreFreeOfCycles(FIXTURES)))
                .contains("SomePort").contains("SomeUseCase");
    }

    @Test
    void theClockRuleCatchesEveryWayOfReadingTheSystemClockOrMakingARandomId() {
        String violations = violationsOf(ArchitectureRules.neverReadsTheSystemClockOrMakesRandomIds(FIXTURES, "domain"));

        assertThat(ArchitectureRules.SYSTEM_CLOCK_AND_RANDOM_IDS).allSatisfy(call -> assertThat(violations)
                .contains("<" + call.owner().getName() + "." + call.name() + "()>"));
        assertThat(violationsOf(ArchitectureRules.neverReadsTheSystemClockOrMakesRandomIds(FIXTURES, "application")))
                .contains("SomeUseCase").contains("<java.util.UUID.randomUUID()>");
    }

    @Test
    void theFloatingPointRulesCatchDoubleAndFloatFieldsParametersAndResults() {
        assertThat(violationsOf(ArchitectureRules.domainHasNoFloatingPointFields(FIXTURES)))
                .contains("FloatingPointMoney.amount").contains("FloatingPointMoney.rate");
        assertThat(violationsOf(ArchitectureRules.domainHasNoFloatingPointMethods(FIXTURES)))
                .contains("FloatingPointMoney.times(float)");
    }

    @Test
    void thePackagePrivateRuleCatchesAPublicAdapterClassButAllowsTheEntryPoints() {
        assertThat(violationsOf(ArchitectureRules.adapterClassesArePackagePrivate(FIXTURES)))
                .contains("PublicRoutes")
                .doesNotContain("HttpAdapter", "PostgresAdapter", "StripeAdapter", "PackagePrivateStore");
    }

    @Test
    void aNamedPackageWithoutClassesIsReported() {
        ArchitectureTest.assertEveryPackageHoldsClasses(BAD_CLASSES, List.of(FIXTURES + ".domain", FIXTURES + ".bootstrap"));

        assertThatThrownBy(() -> ArchitectureTest.assertEveryPackageHoldsClasses(BAD_CLASSES,
                List.of(FIXTURES + ".domain", FIXTURES + ".adapters.grpc"))).isInstanceOf(AssertionError.class)
                .hasMessageContaining("adapters.grpc");
    }

    @Test
    void theProductionImportLeavesOutTestClassesAndTestJars() {
        ArchitectureTest.DoNotIncludeTestJars testJars = new ArchitectureTest.DoNotIncludeTestJars();

        assertThat(testJars.includes(Location.of(URI.create(
                "jar:file:/m2/com/jobsphere/application/0.1.0/application-0.1.0-tests.jar!/com/jobsphere/X.class"))))
                .isFalse();
        assertThat(testJars.includes(Location.of(URI.create(
                "jar:file:/m2/com/jobsphere/application/0.1.0/application-0.1.0.jar!/com/jobsphere/X.class"))))
                .isTrue();
    }

    /** The rule's violations as one text, after checking that there are some. */
    private static String violationsOf(ArchRule rule) {
        EvaluationResult result = rule.evaluate(BAD_CLASSES);
        assertThat(result.hasViolation()).as("%s reports a violation", rule.getDescription()).isTrue();
        return String.join("\n", result.getFailureReport().getDetails());
    }
}
