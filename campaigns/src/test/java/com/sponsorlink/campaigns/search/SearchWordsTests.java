package com.sponsorlink.campaigns.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchWordsTests {

    @Test
    void wordsAreLowerCaseLettersAndDigitsEachOnce() {
        assertThat(SearchWords.of("Kayak week: 7 days!", "Paddling the FJORDS of Norway; kayak")).containsExactly(
                "kayak", "week", "7", "days", "paddling", "the", "fjords", "of", "norway");
        assertThat(SearchWords.of("Crème brûlée")).containsExactly("crème", "brûlée");
        assertThat(SearchWords.of(null, "  ")).isEmpty();
    }
}
