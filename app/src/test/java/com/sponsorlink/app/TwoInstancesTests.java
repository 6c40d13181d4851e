package com.sponsorlink.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.sponsorlink.SponsorLinkApplication;

/**
 * Two instances of the application on two ports, as behind a load balancer, against one
 * PostgreSQL database and one Redis: a user signed in on one goes on on the other and signs out
 * on both at once; the Redis consumer group shares the notification work, so an ad request
 * notifies once; the daily reminder, due on both, goes out once; a suspension on one ends the
 * user's session on the other. Skipped unless the local
 * PostgreSQL (127.0.0.1:5432) and Redis (127.0.0.1:6379) answer.
 */
class TwoInstancesTests {

    static final String PASSWORD = "two-instances-password";
    static final String SCHEMA = "two_instances_" + UUID.randomUUID().toString().replace("-", "");
    static final String DATABASE = "jdbc:postgresql://127.0.0.1:5432/test";
    static final LocalTime REMINDER_AT = LocalTime.now().plusSeconds(30).truncatedTo(ChronoUnit.SECONDS);
    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;
    static String a;
    static String b;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        Assumptions.assumeTrue(answers(5432) && answers(6379), "needs PostgreSQL on 5432 and Redis on 6379");
        Assumptions.assumeTrue(REMINDER_AT.isAfter(LocalTime.of(0, 1)), "not across midnight");
        sql("CREATE SCHEMA " + SCHEMA);
        first = start();
        second = start();
        a = "http://127.0.0.1:" + ((WebServerApplicationContext) first).getWebServer().getPort();
        b = "http://127.0.0.1:" + ((WebServerApplicationContext) second).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void aSessionGoesOnAcrossInstancesNotificationsArriveOnceAndTheDailyReminderGoesOutOnce() throws Exception {
        Visitor sponsor = new Visitor();
        Visitor influencer = new Visitor();
        Visitor admin = new Visitor();
        assertThat(sponsor.post(a, "/register/sponsor", "/register/sponsor", form("email", "two@brand.example", "password", PASSWORD,
                "organisationName", "Two Instances Brand", "industry", "Servers")).statusCode()).isEqualTo(302);
        assertThat(influencer.post(b, "/register/influencer", "/register/influencer", form("email", "two@example.com",
                "password", PASSWORD, "displayName", "Twice Seen", "category", "TECH", "niche", "clusters", "reach", "1000",
                "platforms", "BLOG")).statusCode()).isEqualTo(302);
        admin.signIn(b, "admin@two.example", "two-instances-admin-password");
        String sponsorId = value("select id from identity_users where email_key = 'two@brand.example'");
        admin.post(a, "/admin/sponsors", "/admin/sponsors/" + sponsorId + "/approve", form());

        sponsor.signIn(a, "two@brand.example", PASSWORD);
        assertThat(sponsor.get(b, "/sponsor").body()).as("signed in on A, at home on B").contains("Two Instances Brand", "Approved");
        HttpResponse<String> created = sponsor.post(b, "/sponsor/campaigns/new", "/sponsor/campaigns", form("name", "Two of them",
                "description", "About", "category", "TECH", "budget", "900", "startDate", LocalDate.now().toString(),
                "endDate", LocalDate.now().plusDays(9).toString(), "visibility", "PUBLIC"));
        String campaign = created.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> sent = sponsor.post(a, "/sponsor/ad-requests/new", "/sponsor/ad-requests", form("campaignId",
                campaign.substring(campaign.lastIndexOf('/') + 1), "influencerId", value("select id from identity_users where email_key = 'two@example.com'"),
                "requirements", "One post", "payment", "300"));
        assertThat(sent.headers().firstValue("Location").orElseThrow()).contains("/sponsor/ad-requests/");

        influencer.signIn(b, "two@example.com", PASSWORD);
        String influencerId = value("select id from identity_users where email_key = 'two@example.com'");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(influencer.get(a, "/notifications").body())
            .contains("Two Instances Brand sent you an ad request"));
        await().atMost(Duration.ofSeconds(90)).until(() -> count("select count(*) from notifications_inbox where user_id = '"
                + influencerId + "' and source_key like 'reminder:%'") > 0);
        Thread.sleep(3000);
        assertThat(count("select count(*) from notifications_inbox where user_id = '" + influencerId + "' and source_key like 'ad-request:%'"))
            .as("the ad request notified once, though both instances read the stream").isEqualTo(1);
        assertThat(count("select count(*) from notifications_inbox where user_id = '" + influencerId + "' and source_key like 'reminder:%'"))
            .as("one reminder, though the reminder was due on both instances").isEqualTo(1);
        assertThat(count("select count(*) from notifications_job_runs where job = 'daily-reminder' and trigger = 'SCHEDULE'")).isEqualTo(1);

        admin.post(b, "/admin/users/" + influencerId, "/admin/users/" + influencerId + "/suspend", form("reason", "Spam"));
        HttpResponse<String> suspended = influencer.get(a, "/influencer");
        assertThat(suspended.statusCode()).as("suspended on B, signed out on A").isEqualTo(302);
        assertThat(suspended.headers().firstValue("Location").orElseThrow()).endsWith("/login?suspended");

        sponsor.post(b, "/sponsor", "/logout", form());
        HttpResponse<String> afterSignOut = sponsor.get(a, "/sponsor");
        assertThat(afterSignOut.statusCode()).isEqualTo(302);
        assertThat(afterSignOut.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SponsorLinkApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + DATABASE + "?currentSchema=" + SCHEMA, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--spring.flyway.schemas=" + SCHEMA, "--spring.datasource.hikari.maximum-pool-size=5",
                "--app.admin.email=admin@two.example", "--app.admin.password=two-instances-admin-password",
                "--app.sessions.redis-url=redis://127.0.0.1:6379", "--app.redis.url=redis://127.0.0.1:6379",
                "--app.redis.stream=" + SCHEMA, "--app.reminders.daily-at=" + REMINDER_AT, "--app.reminders.check-every=PT1S",
                "--app.exports.dir=target/exports", "--app.backups.dir=target/backups", "--spring.main.banner-mode=off");
    }

    private static boolean answers(int port) {
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        }
        catch (IOException none) {
            return false;
        }
    }

    private static Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    private static void sql(String statement) throws Exception {
        try (Connection connection = DriverManager.getConnection(DATABASE, "postgres", ""); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private static String value(String query) throws Exception {
        try (Connection connection = DriverManager.getConnection(DATABASE + "?currentSchema=" + SCHEMA, "postgres", "");
                Statement sql = connection.createStatement(); ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }

    private static long count(String query) throws Exception {
        return Long.parseLong(value(query));
    }

    /** A browser: one cookie jar, whichever instance the load balancer sends it to. */
    static final class Visitor {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> get(String instance, String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(instance + path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Posts a form with the CSRF token of the page it is on (read from that page, on the same instance). */
        HttpResponse<String> post(String instance, String page, String action, Map<String, String> fields) throws Exception {
            String html = get(instance, page).body();
            String token = html.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", token);
            String body = all.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(URI.create(instance + action)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        void signIn(String instance, String email, String password) throws Exception {
            HttpResponse<String> response = post(instance, "/login", "/login", form("email", email, "password", password));
            assertThat(response.headers().firstValue("Location").orElse("")).as("sign-in of " + email).endsWith("/dashboard");
        }
    }
}
