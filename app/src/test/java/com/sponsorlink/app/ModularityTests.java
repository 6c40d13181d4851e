package com.sponsorlink.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

import com.sponsorlink.SponsorLinkApplication;

/**
 * The module structure: verified on every build, and documented (component diagram and module
 * canvases under {@code app/target/spring-modulith-docs}).
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(SponsorLinkApplication.class);

    @Test
    void everyContextIsAModuleAndNoneCrossesABoundary() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
            .contains("identity", "campaigns", "adrequests", "admin", "notifications", "app");
        MODULES.verify();
    }

    @Test
    void verificationFailsForAModuleUsingAnotherModulesInternals() {
        // the fixture lives in test sources, which Modulith skips unless told otherwise
        var broken = ApplicationModules.of("fixtures.modulith", location -> true);

        assertThatThrownBy(broken::verify)
            .isInstanceOf(Violations.class)
            .hasMessageContaining("fixtures.modulith.intruder.Intruder")
            .hasMessageContaining("fixtures.modulith.victim.internal.VictimSecret");
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();
    }
}
