package com.jobsphere.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.anyElementThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.syntax.elements.ClassesShouldConjunction;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The architecture rules of STYLE.md, each written against a root package. {@link ArchitectureTest}
 * checks them on {@code com.jobsphere}; {@link ArchitectureRulesCatchViolationsTest} checks that each
 * one fails on the deliberately bad classes under {@code com.jobsphere.architecture.fixtures}.
 */
final class ArchitectureRules {
    /**
     * The only public top-level classes an adapter may have: its entry point ({@code *Adapter}) and
     * the settings records {@code bootstrap} builds for it. Every other adapter class is package-private.
     */
    static final List<String> PUBLIC_ADAPTER_CLASSES = List.of(
            "*Adapter", "DatabaseSettings", "HttpSettings", "MetricsSettings", "StripeSettings", "FcmSettings",
            // The development payment gateway is built before the use cases (they need a gateway) and handed to
            // HttpAdapter afterwards, so bootstrap must be able to name it.
            "DevPaymentGateway");

    /** Each outside library may be used by one adapter alone: the one named beside it. */
    static final List<Confinement> LIBRARIES = List.of(
            new Confinement("adapters.http", List.of("io.javalin..", "com.auth0..")),
            new Confinement("adapters.postgres", List.of("org.jdbi..", "com.zaxxer..", "org.flywaydb..")),
            new Confinement("adapters.stripe", List.of("com.stripe..")),
            new Confinement("adapters.fcm", List.of("com.google.auth..", "com.google.api.client..")));

    /** Time and ids come in as arguments: these read the system clock or make a random id. */
    static final List<Call> SYSTEM_CLOCK_AND_RANDOM_IDS = List.of(
            new Call(Instant.class, "now"),
            new Call(LocalDateTime.class, "now"),
            new Call(LocalDate.class, "now"),
            new Call(OffsetDateTime.class, "now"),
            new Call(ZonedDateTime.class, "now"),
            new Call(Clock.class, "systemUTC"),
            new Call(Clock.class, "systemDefaultZone"),
            new Call(System.class, "currentTimeMillis"),
            new Call(UUID.class, "randomUUID"));

    private static final DescribedPredicate<JavaClass> FLOATING_POINT = DescribedPredicate.describe("double or float",
            type -> Set.of("double", "float", "java.lang.Double", "java.lang.Float").contains(type.getName()));

    private ArchitectureRules() {
    }

    static ArchRule domainDependsOnlyOnJavaAndItself(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".domain..")
                .because("the domain is pure Java");
    }

    static ArchRule applicationDependsOnlyOnJavaTheDomainAndItself(String root) {
        return classes().that().resideInAPackage(root + ".application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", root + ".domain..", root + ".application..")
                .because("the application reaches the outside world only through its ports");
    }

    /**
     * The core counts and logs through its ports (BusinessEvents, System.Logger): metrics and log formats are an
     * operator's choice, made at the edge. Already implied by the two rules above, said on its own so that a
     * widening of them cannot let Micrometer in unnoticed.
     */
    static ArchRule theCoreKnowsNothingOfMetricsOrLogFormats(String root) {
        return noClasses().that().resideInAnyPackage(root + ".domain..", root + ".application..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micrometer..", "io.prometheus..",
                        "net.logstash..", "org.slf4j..", "ch.qos.logback..")
                .because("business events reach the counters through the BusinessEvents port, after their commit");
    }

    static ArchRule adaptersDoNotDependOnEachOther(String root) {
        return slices().matching(root + ".adapters.(*)..").should().notDependOnEachOther()
                .because("each adapter knows only the application's ports");
    }

    static ArchRule onlyBootstrapDependsOnAdapters(String root) {
        return noClasses().that().resideOutsideOfPackages(root + ".adapters..", root + ".bootstrap..")
                .should().dependOnClassesThat().resideInAPackage(root + ".adapters..")
                .because("bootstrap alone wires adapters to ports");
    }

    static ArchRule nothingDependsOnBootstrap(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".bootstrap..")
                .should().dependOnClassesThat().resideInAPackage(root + ".bootstrap..")
                .because("bootstrap is the outermost layer");
    }

    static ArchRule librariesStayInTheirAdapters(String root) {
        return CompositeArchRule.of(LIBRARIES.stream().map(confinement -> libraryStaysInItsAdapter(root, confinement))
                .toList());
    }

    static ArchRule libraryStaysInItsAdapter(String root, Confinement confinement) {
        return noClasses().that().resideOutsideOfPackage(root + "." + confinement.adapter() + "..")
                .should().dependOnClassesThat()
                .resideInAnyPackage(confinement.libraryPackages().toArray(String[]::new))
                .because("a vendor type never crosses a port");
    }

    static ArchRule topLevelPackagesAreFreeOfCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    static ArchRule domainPackagesAreFreeOfCycles(String root) {
        return slices().matching(root + ".domain.(*)..").should().beFreeOfCycles();
    }

    static ArchRule applicationPackagesAreFreeOfCycles(String root) {
        return slices().matching(root + ".application.(*)..").should().beFreeOfCycles();
    }

    /** {@code layer} is {@code "domain"} or {@code "application"}: both take time and ids as arguments. */
    static ArchRule neverReadsTheSystemClockOrMakesRandomIds(String root, String layer) {
        ClassesShouldConjunction rule = null;
        for (Call call : SYSTEM_CLOCK_AND_RANDOM_IDS) {
            rule = rule == null
                    ? noClasses().that().resideInAPackage(root + "." + layer + "..").should().callMethod(call.owner(), call.name())
                    : rule.orShould().callMethod(call.owner(), call.name());
        }
        return rule.because("time and ids come in as arguments, from the application's Clock and id source");
    }

    static ArchRule domainHasNoFloatingPointFields(String root) {
        return noFields().that().areDeclaredInClassesThat().resideInAPackage(root + ".domain..")
                .should().haveRawType(FLOATING_POINT)
                .because("money is a long of cents");
    }

    static ArchRule domainHasNoFloatingPointMethods(String root) {
        return noMethods().that().areDeclaredInClassesThat().resideInAPackage(root + ".domain..")
                .should().haveRawReturnType(FLOATING_POINT)
                .orShould().haveRawParameterTypes(anyElementThat(FLOATING_POINT))
                .because("money is a long of cents");
    }

    static ArchRule adapterClassesArePackagePrivate(String root) {
        return classes().that().resideInAPackage(root + ".adapters..").and().areTopLevelClasses()
                .and(DescribedPredicate.not(allowedPublic()))
                .should().notBePublic()
                .because("each adapter exposes one entry point; PUBLIC_ADAPTER_CLASSES lists the exceptions");
    }

    /** {@code "*Adapter"} matches every name ending in {@code Adapter}; any other pattern matches itself. */
    static boolean matches(String pattern, String simpleName) {
        return pattern.startsWith("*") ? simpleName.endsWith(pattern.substring(1)) : simpleName.equals(pattern);
    }

    private static DescribedPredicate<JavaClass> allowedPublic() {
        return DescribedPredicate.describe("named in PUBLIC_ADAPTER_CLASSES " + PUBLIC_ADAPTER_CLASSES,
                type -> PUBLIC_ADAPTER_CLASSES.stream().anyMatch(pattern -> matches(pattern, type.getSimpleName())));
    }

    /** A library ({@code "io.javalin.."}) that only one adapter package ({@code "adapters.http"}) may use. */
    record Confinement(String adapter, List<String> libraryPackages) {
    }

    record Call(Class<?> owner, String name) {
    }
}
