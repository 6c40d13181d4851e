package com.sponsorlink.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The headers every page carries, and the session cookie's flags, on plain HTTP and behind a
 * TLS-terminating proxy.
 */
class SecurityHeadersTests extends WebJourney {

    @Test
    void everyPageForbidsInlineScriptFramingSniffingAndCrossOriginReferrers() throws Exception {
        for (String path : List.of("/", "/login", "/register/sponsor")) {
            MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
            String policy = response.getHeader("Content-Security-Policy");
            assertThat(policy).as(path).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                    "frame-ancestors 'none'", "object-src 'none'");
            assertThat(policy).as(path).doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        }
        assertThat(mvc.perform(get("/sponsor/analytics").session(approvedSponsor("headers@brand.example", "Headers")))
            .andReturn().getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'");
    }

    @Test
    void noTemplateCarriesAnInlineScriptOrStyleThePolicyWouldBlock() throws Exception {
        for (String path : List.of("/", "/login", "/register/sponsor", "/register/influencer")) {
            String html = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
            assertThat(org.jsoup.Jsoup.parse(html).select("script:not([src]), [style], [onclick], [onload]")).as(path).isEmpty();
        }
    }

    @Test
    void strictTransportSecurityIsSentOnlyOverTls() throws Exception {
        assertThat(mvc.perform(get("/login").secure(true)).andReturn().getResponse().getHeader("Strict-Transport-Security"))
            .startsWith("max-age=");
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getHeader("Strict-Transport-Security")).isNull();
    }
}
