package com.jobsphere.adapters.fcm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

class FcmAdapterArchitectureTest {
    private static final String PACKAGE = "com.jobsphere.adapters.fcm";
    private final JavaClasses production = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(PACKAGE);

    @Test
    void theAdapterIsImportedSoTheRulesBelowAreNotVacuous() {
        assertThat(production.contain(FcmAdapter.class)).isTrue();
        assertThat(production.contain(FcmPushNotifications.class)).isTrue();
        assertThat(production.contain(BoundedHttpTransport.class)).isTrue();
    }

    @Test
    void onlyTheEntryPointAndItsSettingsArePublic() {
        classes().that().resideInAPackage(PACKAGE)
                .and().doNotHaveFullyQualifiedName(FcmAdapter.class.getName())
                .and().doNotHaveFullyQualifiedName(FcmSettings.class.getName())
                .should().notBePublic()
                .check(production);
    }

    @Test
    void noPublicSignatureOfTheAdapterMentionsGoogleOrJackson() {
        // Callers see only the port and the settings, so google-auth can be upgraded or replaced here alone.
        for (Class<?> type : new Class<?>[] {FcmAdapter.class, FcmSettings.class}) {
            for (Method method : type.getMethods()) {
                assertThat(method.getReturnType().getName()).as(method.toString())
                        .doesNotStartWith("com.google").doesNotStartWith("com.fasterxml");
                assertThat(method.getParameterTypes()).extracting(Class::getName).as(method.toString())
                        .noneMatch(name -> name.startsWith("com.google") || name.startsWith("com.fasterxml"));
            }
        }
    }
}
