package com.jobsphere.adapters.stripe;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

class StripeAdapterArchitectureTest {
    private static final String PACKAGE = "com.jobsphere.adapters.stripe";
    private final JavaClasses production = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(PACKAGE);

    @Test
    void theAdapterIsImportedSoTheRulesBelowAreNotVacuous() {
        assertThat(production.contain(StripeAdapter.class)).isTrue();
        assertThat(production.contain(StripePaymentGateway.class)).isTrue();
    }

    @Test
    void onlyTheEntryPointAndItsSettingsArePublic() {
        classes().that().resideInAPackage(PACKAGE)
                .and().doNotHaveFullyQualifiedName(StripeAdapter.class.getName())
                .and().doNotHaveFullyQualifiedName(StripeSettings.class.getName())
                .should().notBePublic()
                .check(production);
    }

    @Test
    void noPublicSignatureOfTheAdapterMentionsStripeJava() {
        // Callers see only the ports and the settings, so stripe-java can be upgraded or replaced here alone.
        for (Class<?> type : new Class<?>[] {StripeAdapter.class, StripeSettings.class}) {
            for (Method method : type.getMethods()) {
                assertThat(method.getReturnType().getName()).as(method.toString()).doesNotStartWith("com.stripe");
                assertThat(method.getParameterTypes()).extracting(Class::getName).as(method.toString())
                        .noneMatch(name -> name.startsWith("com.stripe"));
            }
        }
    }
}
