package com.sponsorlink.campaigns.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

class CampaignRulesTests {

    static final LocalDate START = LocalDate.of(2030, 3, 10);
    static final LocalDate END = LocalDate.of(2030, 3, 20);

    @Test
    void thePhaseFollowsTheDatesIncludingTheFirstAndLastDay() {
        assertThat(Phase.of(START, END, START.minusDays(1))).isEqualTo(Phase.UPCOMING);
        assertThat(Phase.of(START, END, START)).isEqualTo(Phase.ACTIVE);
        assertThat(Phase.of(START, END, END)).isEqualTo(Phase.ACTIVE);
        assertThat(Phase.of(START, END, END.plusDays(1))).isEqualTo(Phase.ENDED);
    }

    @Test
    void aOneDayCampaignIsAllowedButNotOneEndingBeforeItStarts() {
        assertThat(form(START, START).endsBeforeItStarts()).isFalse();
        assertThat(form(START, START.minusDays(1)).endsBeforeItStarts()).isTrue();
    }

    @Test
    void unknownSortOrdersFallBackToNewestFirst() {
        var sort = new CampaignSort("drop table", "sideways");
        assertThat(sort.by()).isEqualTo("created");
        assertThat(sort.direction()).isEqualTo("desc");
        assertThat(new CampaignSort("budget", "asc").nextDirection("budget")).isEqualTo("desc");
        assertThat(new CampaignSort("budget", "asc").nextDirection("name")).isEqualTo("asc");
    }

    @Test
    void aSearchReportsAmountsThatAreNotNumbersAndIgnoresThem() {
        var search = new CampaignSearch(" kayak ", "NOT_A_CATEGORY", "lots", "1200.50", null);
        var errors = new BeanPropertyBindingResult(search, "search");

        search.reportTypos(errors);

        assertThat(search.q()).isEqualTo("kayak");
        assertThat(search.phase()).isEqualTo("CURRENT");
        assertThat(search.categoryOrNull()).isNull();
        assertThat(search.minBudgetAmount()).isNull();
        assertThat(search.maxBudgetAmount()).isEqualByComparingTo("1200.50");
        assertThat(errors.getFieldErrors()).extracting(e -> e.getField()).containsExactly("minBudget");
    }

    private static CampaignForm form(LocalDate start, LocalDate end) {
        return new CampaignForm("n", "d", null, null, null, start, end, null, null);
    }
}
