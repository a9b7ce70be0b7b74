package com.example.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 13's test layout, stated as rules: a test's name says what it boots. {@code *Test} is a plain JUnit test (no
 * application), {@code *QuarkusTest} starts the application in the test JVM (with the test profile's embedded
 * PostgreSQL and Lucene index), {@code *IT} runs against the packaged application (failsafe, after {@code package}).
 * The benchmark and drills live in their own source folder, {@code src/bench/java}, and run only in their profiles.
 */
class TestLayoutTest {

    private static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS).importPackages("com.example.portal");

    @Test
    void quarkusTestsBootTheApplication() {
        classes().that().haveSimpleNameEndingWith("QuarkusTest").and().areTopLevelClasses()
                .should().beAnnotatedWith(QuarkusTest.class)
                .because("the name promises the application is started")
                .check(TESTS);
    }

    @Test
    void plainTestsBootNothing() {
        noClasses().that().haveSimpleNameEndingWith("Test").and().haveSimpleNameNotEndingWith("QuarkusTest")
                .should().beAnnotatedWith(QuarkusTest.class).orShould().beAnnotatedWith(QuarkusIntegrationTest.class)
                .because("a reader should see from a test's name that it boots Quarkus: *QuarkusTest or *IT")
                .check(TESTS);
    }

    @Test
    void packagedApplicationTestsAreIntegrationTests() {
        classes().that().areAnnotatedWith(QuarkusIntegrationTest.class)
                .should().haveSimpleNameEndingWith("IT")
                .check(TESTS);
    }
}
