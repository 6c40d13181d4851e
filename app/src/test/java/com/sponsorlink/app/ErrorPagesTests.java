package com.sponsorlink.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Error pages through a real server, as a browser gets them: styled, inside the layout, and never
 * a stack trace or the Whitelabel page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ErrorPagesTests.FailingPage.class)
class ErrorPagesTests {

    @LocalServerPort
    int port;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void forbiddenNotFoundAndServerErrorsAreStyledPagesInsideTheLayout() throws Exception {
        signIn(WebJourney.ADMIN_EMAIL, WebJourney.ADMIN_PASSWORD);

        HttpResponse<String> forbidden = get("/influencer");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(styled(forbidden).select("h1").text()).isEqualTo("Not allowed");

        HttpResponse<String> notFound = get("/admin/users/00000000-0000-0000-0000-000000000000");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(styled(notFound).select("h1").text()).isEqualTo("Page not found");

        HttpResponse<String> failure = get("/test/failure");
        assertThat(failure.statusCode()).isEqualTo(500);
        assertThat(styled(failure).select("h1").text()).isEqualTo("Something went wrong");
        assertThat(failure.body()).doesNotContain("IllegalStateException", "at com.sponsorlink", "Whitelabel");
    }

    private Document styled(HttpResponse<String> response) {
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("nav .navbar-brand").text()).isEqualTo("SponsorLink");
        assertThat(page.select("nav button").text()).contains("Log out");
        return page;
    }

    private void signIn(String email, String password) throws Exception {
        String token = Jsoup.parse(get("/login").body()).select("input[name=_csrf]").val();
        String form = "email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(token);
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(uri("/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/dashboard"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @TestConfiguration
    @RestController
    static class FailingPage {

        @GetMapping("/test/failure")
        String fail() {
            throw new IllegalStateException("a bug in a page");
        }
    }
}
