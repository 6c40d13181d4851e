package com.sponsorlink.app;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Each rule holds for the application and is shown to fail for a fixture that breaks it.
 */
class ArchitectureTests {

    static final String ROOT = "com.sponsorlink";
    static final String FIXTURE = "fixtures.arch";

    static final JavaClasses APPLICATION = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);

    static final JavaClasses BAD_FIXTURE = new ClassFileImporter().importPackages(FIXTURE);

    @Test
    void contextsMeetOnlyThroughEvents() {
        ArchitectureRules.contextsMeetOnlyThroughEvents(ROOT).check(APPLICATION);
    }

    @Test
    void contextsMeetOnlyThroughEventsFailsForAFixtureReachingIntoInternals() {
        assertThatThrownBy(() -> ArchitectureRules.contextsMeetOnlyThroughEvents(FIXTURE).check(BAD_FIXTURE))
            .isInstanceOf(AssertionError.class)
            .hasMessageContaining("fixtures.arch.beta.BetaService")
            .hasMessageContaining("fixtures.arch.alpha.internal.AlphaInternal");
    }

    @Test
    void contextsAreFreeOfCycles() {
        ArchitectureRules.contextsAreFreeOfCycles(ROOT).check(APPLICATION);
    }

    @Test
    void contextsAreFreeOfCyclesFailsForAFixtureWithACycle() {
        assertThatThrownBy(() -> ArchitectureRules.contextsAreFreeOfCycles(FIXTURE).check(BAD_FIXTURE))
            .isInstanceOf(AssertionError.class)
            .hasMessageContaining("Cycle detected");
    }

    @Test
    void controllersDoNotTouchTheDatabase() {
        ArchitectureRules.controllersDoNotTouchTheDatabase(ROOT).check(APPLICATION);
    }

    @Test
    void controllersDoNotTouchTheDatabaseFailsForAFixtureControllerWithADslContext() {
        assertThatThrownBy(() -> ArchitectureRules.controllersDoNotTouchTheDatabase(FIXTURE).check(BAD_FIXTURE))
            .isInstanceOf(AssertionError.class)
            .hasMessageContaining("fixtures.arch.beta.BetaController");
    }

    @Test
    void eventsAreRecords() {
        ArchitectureRules.eventsAreRecords(ROOT).check(APPLICATION);
    }

    @Test
    void eventsAreRecordsFailsForAFixtureEventThatIsAPlainClass() {
        assertThatThrownBy(() -> ArchitectureRules.eventsAreRecords(FIXTURE).check(BAD_FIXTURE))
            .isInstanceOf(AssertionError.class)
            .hasMessageContaining("fixtures.arch.alpha.events.AlphaChanged is not a record");
    }
}
