package com.sponsorlink.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every state-changing route refuses a request without the CSRF token, even from a signed-in user
 * of the role it serves; the same request with the token gets past that check (to its own answer,
 * often a 404 for an object that does not exist), which shows the refusal was the token's.
 */
class CsrfTests extends WebJourney {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void everyStateChangingRouteRefusesARequestWithoutItsToken() throws Exception {
        MockHttpSession sponsor = approvedSponsor("csrf@brand.example", "Csrf Brand");
        registerInfluencer("csrf@example.com", "Csrf", "10");
        MockHttpSession influencer = signedIn("csrf@example.com", PASSWORD);
        MockHttpSession admin = admin();
        List<Routes.Route> changing = Routes.of(mapping).changing();
        assertThat(changing).hasSizeGreaterThan(30);

        List<String> unprotected = new ArrayList<>();
        for (Routes.Route route : changing) {
            String url = route.url(name -> name.equals("chart") ? "funnel" : name.equals("action") ? "flag" : UUID.randomUUID().toString());
            MockHttpSession session = route.space() == null ? sponsor
                    : switch (route.space()) {
                        case "SPONSOR" -> sponsor;
                        case "INFLUENCER" -> influencer;
                        default -> admin;
                    };
            int withoutToken = mvc.perform(request(HttpMethod.valueOf(route.method().name()), url).session(session))
                .andReturn().getResponse().getStatus();
            int withToken = mvc.perform(request(HttpMethod.valueOf(route.method().name()), url).session(session).with(csrf()))
                .andReturn().getResponse().getStatus();
            if (withoutToken != 403 || withToken == 403) {
                unprotected.add(route + " answered " + withoutToken + " without the token and " + withToken + " with it");
            }
        }
        assertThat(unprotected).isEmpty();
    }
}
