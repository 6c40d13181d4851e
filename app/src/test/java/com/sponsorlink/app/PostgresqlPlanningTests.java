package com.sponsorlink.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@EnabledIfSystemProperty(named = "sponsorlink.test.database", matches = "postgresql", disabledReason = "about PostgreSQL")
class PostgresqlPlanningTests extends WebJourney {

    @Test
    void theAppsConnectionsPlanEachStatementForItsOwnValues() {
        assertThat(db.fetchValue("show plan_cache_mode")).isEqualTo("force_custom_plan");
    }
}
