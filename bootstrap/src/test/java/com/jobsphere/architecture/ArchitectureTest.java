package com.jobsphere.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * STYLE.md's architecture rules on the production classes of every module. Test classes are left
 * out, whether they come from a module's {@code target/test-classes} or from its {@code -tests.jar}.
 */
@AnalyzeClasses(packages = ArchitectureTest.ROOT,
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {
    static final String ROOT = "com.jobsphere";

    /** Every package a rule below names. Each must hold classes, or a rule about it would pass vacuously. */
    static final List<String> NAMED_PACKAGES = List.of(
            ROOT + ".domain", ROOT + ".domain.money", ROOT + ".domain.ledger", ROOT + ".application",
            ROOT + ".adapters.http", ROOT + ".adapters.postgres", ROOT + ".adapters.stripe", ROOT + ".adapters.fcm",
            ROOT + ".bootstrap");

    @ArchTest
    static final ArchRule domainDependsOnlyOnJavaAndItself = ArchitectureRules.domainDependsOnlyOnJavaAndItself(ROOT);

    @ArchTest
    static final ArchRule applicationDependsOnlyOnJavaTheDomainAndItself =
            ArchitectureRules.applicationDependsOnlyOnJavaTheDomainAndItself(ROOT);

    @ArchTest
    static final ArchRule theCoreKnowsNothingOfMetricsOrLogFormats =
            ArchitectureRules.theCoreKnowsNothingOfMetricsOrLogFormats(ROOT);

    @ArchTest
    static final ArchRule adaptersDoNotDependOnEachOther = ArchitectureRules.adaptersDoNotDependOnEachOther(ROOT);

    @ArchTest
    static final ArchRule onlyBootstrapDependsOnAdapters = ArchitectureRules.onlyBootstrapDependsOnAdapters(ROOT);

    @ArchTest
    static final ArchRule nothingDependsOnBootstrap = ArchitectureRules.nothingDependsOnBootstrap(ROOT);

    @ArchTest
    static final ArchRule librariesStayInTheirAdapters = ArchitectureRules.librariesStayInTheirAdapters(ROOT);

    @ArchTest
    static final ArchRule topLevelPackagesAreFreeOfCycles = ArchitectureRules.topLevelPackagesAreFreeOfCycles(ROOT);

    @ArchTest
    static final ArchRule domainPackagesAreFreeOfCycles = ArchitectureRules.domainPackagesAreFreeOfCycles(ROOT);

    @ArchTest
    static final ArchRule applicationPackagesAreFreeOfCycles =
            ArchitectureRules.applicationPackagesAreFreeOfCycles(ROOT);

    @ArchTest
    static final ArchRule domainNeverReadsTheSystemClockOrMakesRandomIds =
            ArchitectureRules.neverReadsTheSystemClockOrMakesRandomIds(ROOT, "domain");

    @ArchTest
    static final ArchRule applicationNeverReadsTheSystemClockOrMakesRandomIds =
            ArchitectureRules.neverReadsTheSystemClockOrMakesRandomIds(ROOT, "application");

    @ArchTest
    static final ArchRule domainHasNoFloatingPointFields = ArchitectureRules.domainHasNoFloatingPointFields(ROOT);

    @ArchTest
    static final ArchRule domainHasNoFloatingPointMethods = ArchitectureRules.domainHasNoFloatingPointMethods(ROOT);

    @ArchTest
    static final ArchRule adapterClassesArePackagePrivate = ArchitectureRules.adapterClassesArePackagePrivate(ROOT);

    @ArchTest
    static void everyPackageARuleNamesExistsAndHoldsClasses(JavaClasses classes) {
        assertEveryPackageHoldsClasses(classes, NAMED_PACKAGES);
    }

    /** One public entry point per adapter, so that bootstrap has exactly one thing to construct. */
    @ArchTest
    static void eachAdapterHasExactlyOnePublicEntryPoint(JavaClasses classes) {
        for (String adapter : List.of("http", "postgres", "stripe", "fcm")) {
            assertThat(publicSimpleNamesIn(classes, ROOT + ".adapters." + adapter))
                    .as("public *Adapter classes in adapters.%s", adapter)
                    .filteredOn(name -> name.endsWith("Adapter")).hasSize(1);
        }
    }

    /** An allow-list entry that matches nothing is stale: it would let a future class through unnoticed. */
    @ArchTest
    static void everyNameInTheAdapterAllowListMatchesAPublicAdapterClass(JavaClasses classes) {
        Set<String> publicAdapterClasses = publicSimpleNamesIn(classes, ROOT + ".adapters");

        assertThat(ArchitectureRules.PUBLIC_ADAPTER_CLASSES).allSatisfy(pattern -> assertThat(publicAdapterClasses)
                .as("public adapter classes matching %s", pattern)
                .anyMatch(name -> ArchitectureRules.matches(pattern, name)));
    }

    static void assertEveryPackageHoldsClasses(JavaClasses classes, List<String> namedPackages) {
        Set<String> packages = classes.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());

        assertThat(namedPackages).allSatisfy(named -> assertThat(packages)
                .as("packages holding classes, in or below %s", named)
                .anyMatch(found -> found.equals(named) || found.startsWith(named + ".")));
    }

    private static Set<String> publicSimpleNamesIn(JavaClasses classes, String packageName) {
        return classes.stream()
                .filter(type -> type.isTopLevelClass())
                .filter(type -> type.getPackageName().equals(packageName) || type.getPackageName().startsWith(packageName + "."))
                .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
                .map(JavaClass::getSimpleName)
                .collect(Collectors.toSet());
    }

    /**
     * {@link ImportOption.DoNotIncludeTests} knows build output folders; a module's test fixtures
     * reach bootstrap as a {@code -tests.jar} instead, when the module comes from the local repository.
     */
    static final class DoNotIncludeTestJars implements ImportOption {
        private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

        @Override
        public boolean includes(Location location) {
            return !location.matches(TEST_JAR);
        }
    }
}
