package com.jobsphere.adapters.http;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HttpAdapterArchitectureTest {
    private static final String PACKAGE = "com.jobsphere.adapters.http";
    private static final JavaClasses MODULE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(PACKAGE);

    @Test
    void theModuleIsImportedSoNoRuleHoldsVacuously() {
        assertThat(MODULE.stream().filter(type -> type.getPackageName().equals(PACKAGE)).count()).isGreaterThan(20);
    }

    @Test
    void onlyTheEntryPointsArePublic() {
        Set<String> publicTypes = MODULE.stream()
                .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
                .map(type -> type.getSimpleName())
                .collect(Collectors.toSet());

        assertThat(publicTypes).containsExactlyInAnyOrder("HttpAdapter", "HttpSettings", "MetricsSettings", "DevPaymentGateway");
    }

    @Test
    void noOtherAdapterIsUsed() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("com.jobsphere.adapters.postgres..", "com.jobsphere.adapters.stripe..",
                        "org.jdbi..", "com.stripe..", "com.zaxxer..")
                .check(MODULE);
    }

    @Test
    void handlersHoldNoStaticState() {
        classes().that().haveSimpleNameEndingWith("Routes")
                .should().haveOnlyFinalFields()
                .check(MODULE);
    }
}
