package com.jobsphere.adapters.postgres;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class AdapterBoundaryTest {
    private static final JavaClasses ADAPTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.jobsphere.adapters.postgres");

    @Test
    void theAdapterShowsOnlyItsEntryPointAndSettings() {
        classes().that().arePublic()
                .should().haveSimpleName("PostgresAdapter").orShould().haveSimpleName("DatabaseSettings")
                .check(ADAPTER);
    }

    /** The adapter implements the ports; it never calls the use cases that drive it. */
    @Test
    void theAdapterDependsOnlyOnThePortsTheDomainAndItsLibraries() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage(
                        "com.jobsphere.adapters.postgres..", "com.jobsphere.application.port..", "com.jobsphere.domain..",
                        "java..", "javax..", "org.jdbi..", "org.postgresql..", "org.flywaydb..", "com.zaxxer.hikari..", "org.slf4j..",
                        // The pool reports to the registry bootstrap hands in (HikariCP's Micrometer tracker).
                        "io.micrometer.core.instrument..")
                .check(ADAPTER);
    }
}
