package com.sponsorlink.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/**
 * SQL metacharacters in every search field are searched for literally, never run.
 */
class SearchMetacharacterTests extends WebJourney {

    @Test
    void sqlMetacharactersInEverySearchFieldAreSearchedForLiterally() throws Exception {
        MockHttpSession sponsor = approvedSponsor("sql@brand.example", "Sql Brand");
        submit(sponsor, campaign("100% organic", "Every word 100% true", "FOOD", "900", LocalDate.now(), LocalDate.now().plusDays(9), "PUBLIC"));
        registerInfluencer("sql@example.com", "O'Brien_Tests", "100");
        MockHttpSession influencer = signedIn("sql@example.com", PASSWORD);
        MockHttpSession admin = admin();
        List<String> hostile = List.of("' OR '1'='1", "'; DROP TABLE campaigns_campaigns; --", "%", "_", "\\", "\" OR \"\"=\"", "100%");
        for (String term : hostile) {
            Document discover = search(influencer, "/influencer/campaigns", "q", term);
            Document influencers = search(sponsor, "/sponsor/influencers", "niche", term);
            Document users = search(admin, "/admin/users", "q", term);
            Document campaigns = search(admin, "/admin/campaigns", "q", term);
            Document picker = search(sponsor, "/sponsor/ad-requests/new", "q", term);
            search(admin, "/admin/ad-requests", "campaign", term);
            search(admin, "/admin/ad-requests", "sponsor", term);
            // discovery searches by words, so punctuation is dropped: it must answer, and find only by the words
            assertThat(discover.select("main .list-group-item h2").eachText()).as(term)
                .allSatisfy(name -> assertThat(term.contains("DROP")).isFalse());
            if (term.contains("%")) {
                assertThat(campaigns.select("tbody tr").eachText()).as(term).singleElement().asString().contains("100% organic");
            }
            else {
                assertThat(campaigns.select("tbody tr")).as(term).isEmpty();
            }
            if (term.chars().anyMatch(Character::isLetter)) {
                // niches are searched by words too; a term of punctuation only has none and filters nothing
                assertThat(influencers.select("tbody tr")).as(term).isEmpty();
            }
            assertThat(users.select("tbody tr").eachText()).as(term).allSatisfy(row -> assertThat(row).contains(term.equals("_") ? "_" : term));
            assertThat(picker.select("[aria-label='Matching influencers'] li").eachText()).as(term)
                .allSatisfy(row -> assertThat(row).contains(term));
        }
        assertThat(search(admin, "/admin/users", "q", "O'Brien").select("tbody tr").eachText()).singleElement().asString()
            .contains("O'Brien_Tests");
        assertThat(search(sponsor, "/sponsor/ad-requests/new", "q", "O'Bri").select("[aria-label='Matching influencers'] li").eachText())
            .singleElement().asString().contains("O'Brien_Tests");
        assertThat(db.fetchCount(db.selectFrom("campaigns_campaigns"))).as("nothing dropped").isPositive();
    }

    private Document search(MockHttpSession session, String path, String field, String term) throws Exception {
        MvcResult result = mvc.perform(get(path).param(field, term).session(session)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path + "?" + field + "=" + term).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
