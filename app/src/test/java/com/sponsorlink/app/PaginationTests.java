package com.sponsorlink.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

class PaginationTests extends WebJourney {

    @Test
    void longListsArePagedTwentyAtATimeAndPagingKeepsTheFilters() throws Exception {
        for (int i = 1; i <= 21; i++) {
            registerInfluencer("paged-" + i + "@example.com", "Paged " + i, String.valueOf(i));
        }
        MockHttpSession admin = admin();

        Document first = page(admin, "/admin/users?role=INFLUENCER&q=paged");
        assertThat(first.select("tbody tr")).hasSize(20);
        assertThat(first.select(".pagination .active").text()).as("the user list does not count every user").isEqualTo("Page 1");
        String next = first.select(".pagination a:contains(Next)").attr("href");
        assertThat(next).contains("role=INFLUENCER", "q=paged", "page=2");

        Document second = page(admin, next);
        assertThat(second.select("tbody tr")).hasSize(1);
        assertThat(second.select(".pagination .active").text()).isEqualTo("Page 2");
        assertThat(second.select(".pagination .page-item.disabled").text()).isEqualTo("Next");
        assertThat(second.select(".pagination a:contains(Previous)").attr("href")).contains("page=1");

        registerSponsor("pager@brand.example", "Pager Brand");
        submit(admin, post("/admin/sponsors/{id}/approve", idOf("pager@brand.example")));
        MockHttpSession sponsor = signedIn("pager@brand.example", PASSWORD);
        Document search = page(sponsor, "/sponsor/influencers?niche=hiking&maxReach=21");
        assertThat(search.select("tbody tr")).hasSize(20);
        assertThat(search.select(".pagination .active").text()).as("searches do not count every match").isEqualTo("Page 1");
        Document rest = page(sponsor, search.select(".pagination a:contains(Next)").attr("href"));
        assertThat(rest.select("tbody tr td:first-child").eachText()).contains("Paged 1").doesNotContain("Paged 21");
        assertThat(rest.select(".pagination .page-item.disabled").text()).isEqualTo("Next");
    }
}
