package com.sponsorlink.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The session cookie as the real server sets it: HttpOnly and SameSite always, Secure when the
 * request came over TLS through a proxy that says so (X-Forwarded-Proto).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionCookieTests {

    @LocalServerPort
    int port;

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteEverywhereAndSecureBehindTls() throws Exception {
        String plain = sessionCookie(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build());
        assertThat(plain).startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");

        String behindTls = sessionCookie(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
            .header("X-Forwarded-Proto", "https").build());
        assertThat(behindTls).contains("HttpOnly", "SameSite=Lax", "Secure");
    }

    private static String sessionCookie(HttpRequest request) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
            .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers().map()));
    }
}
