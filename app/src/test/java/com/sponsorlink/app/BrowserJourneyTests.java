package com.sponsorlink.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The three roles' journeys in a real browser (Debian's Chromium; {@code .ci/run} installs it):
 * a sponsor and an influencer register, the admin approves the sponsor, the sponsor creates a
 * campaign and sends an ad request, the influencer counters, the sponsor accepts, both see the
 * notification and open their analytics, whose charts are drawn with their tables' numbers; then the
 * influencer hands in a deliverable and writes, and the sponsor approves it, completes the
 * collaboration and records the payment. Every
 * main page is photographed under target/screenshots, scanned with axe-core (no serious or
 * critical violation) and checked for console errors.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrowserJourneyTests {

    static final String PASSWORD = "a-browser-password";
    static Browser browser;

    @LocalServerPort
    int port;

    /** Each main page: what it was, and any accessibility problem or console error found on it. */
    final Map<String, List<String>> problems = new LinkedHashMap<>();

    @BeforeAll
    static void chromium() {
        Assumptions.assumeTrue(Browser.installed(), "Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver)");
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theSponsorTheInfluencerAndTheAdminCompleteTheirJourneys() throws Exception {
        browser = new Browser("http://127.0.0.1:" + port);
        try {
            journeys();
        }
        catch (AssertionError | RuntimeException failure) {
            browser.keepForInspection("failure");
            throw new AssertionError("Failed on " + browser.path() + " (target/screenshots/failure.png and .html)", failure);
        }
    }

    private void journeys() throws Exception {
        browser.open("/");
        looked("home");
        browser.follow("Register as sponsor");
        looked("register-sponsor");
        browser.type("email", "brand@browser.example");
        browser.type("password", PASSWORD);
        browser.type("organisationName", "Browser Outdoor");
        browser.type("industry", "Outdoor gear");
        browser.type("yearlyBudget", "50000");
        browser.press("Create sponsor account");
        browser.signIn("brand@browser.example", PASSWORD);
        assertThat(browser.text("h2 .badge")).isEqualTo("Pending approval");
        looked("sponsor-dashboard-pending");
        browser.signOut();

        browser.open("/register/influencer");
        looked("register-influencer");
        browser.type("email", "creator@browser.example");
        browser.type("password", PASSWORD);
        browser.type("displayName", "Browser Creator");
        browser.choose("category", "TRAVEL");
        browser.type("niche", "night trains");
        browser.type("reach", "42000");
        browser.check("platforms1");
        browser.press("Create influencer account");
        browser.open("/login");
        looked("login");
        browser.signIn("creator@browser.example", PASSWORD);
        looked("influencer-dashboard");
        browser.signOut();

        browser.signIn("admin@test.example", "test-admin-password");
        looked("admin-overview");
        browser.open("/admin/sponsors");
        looked("admin-sponsor-approvals");
        browser.press("Approve");
        assertThat(browser.text(".alert-success")).contains("approved");
        for (String page : List.of("/admin/users", "/admin/campaigns", "/admin/ad-requests", "/admin/audit", "/admin/deliveries")) {
            browser.open(page);
            looked("admin" + page.substring("/admin".length()).replace('/', '-'));
        }
        browser.signOut();

        browser.signIn("brand@browser.example", PASSWORD);
        assertThat(browser.text("h2 .badge")).isEqualTo("Approved");
        looked("sponsor-dashboard");
        browser.open("/sponsor/campaigns/new");
        looked("campaign-form");
        browser.type("name", "Night trains of Europe");
        browser.type("description", "Sleeper trains, told by people who ride them.");
        browser.choose("category", "TRAVEL");
        browser.type("budget", "4000");
        browser.pick("startDate", LocalDate.now().toString());
        browser.pick("endDate", LocalDate.now().plusDays(45).toString());
        browser.check("visibility1");
        browser.press("Create campaign");
        assertThat(browser.text("h1")).isEqualTo("Night trains of Europe");
        looked("campaign");
        browser.press("New ad request");
        browser.type("q", "Browser Cre");
        browser.press("Search");
        looked("ad-request-form");
        browser.press("Choose");
        browser.type("requirements", "Two reels from the sleeper car");
        browser.type("payment", "500");
        browser.press("Send ad request");
        assertThat(browser.text(".alert-success")).contains("Browser Creator");
        looked("sponsor-ad-request");
        browser.open("/sponsor/influencers");
        looked("find-influencers");
        browser.signOut();

        browser.signIn("creator@browser.example", PASSWORD);
        assertThat(browser.text("#bell")).contains("1");
        browser.open("/notifications");
        looked("notifications");
        assertThat(browser.texts("#notifications li")).singleElement().asString().contains("Browser Outdoor sent you an ad request");
        browser.press("Open");
        looked("influencer-ad-request");
        browser.type("amount", "650");
        browser.type("message", "Night shoots take longer");
        browser.press("Send counter-offer");
        assertThat(browser.text(".alert-success")).isNotBlank();
        browser.open("/influencer/campaigns");
        looked("discover-campaigns");
        browser.open("/influencer/ad-requests");
        looked("influencer-ad-requests");
        browser.signOut();

        browser.signIn("brand@browser.example", PASSWORD);
        browser.open("/notifications");
        assertThat(browser.texts("#notifications li").get(0)).contains("Browser Creator made a counter-offer");
        browser.press("Open");
        browser.press("Accept $650.00");
        assertThat(browser.text(".alert-success")).contains("agreed");
        browser.open("/sponsor/analytics");
        looked("sponsor-analytics");
        assertThat(browser.text("#accepted")).isEqualTo("1");
        chartsMatchTheirTables("budgets", "funnel", "spend-by-month", "spend-by-category");
        for (String page : List.of("/sponsor/ad-requests", "/sponsor/exports", "/sponsor/reports", "/notifications/preferences", "/profile")) {
            browser.open(page);
            looked("sponsor" + page.replace('/', '-'));
        }
        browser.signOut();

        browser.signIn("creator@browser.example", PASSWORD);
        browser.open("/notifications");
        assertThat(browser.texts("#notifications li").get(0)).contains("Browser Outdoor accepted: the deal is agreed");
        browser.open("/influencer/analytics");
        looked("influencer-analytics");
        assertThat(browser.text("#earned")).isEqualTo("$650.00");
        chartsMatchTheirTables("earnings-by-month", "offers-by-category", "best-paying-sponsors");
        browser.open("/notifications");
        browser.press("Open");
        browser.type("title", "Sleeper car reel");
        browser.type("link", "https://video.example/sleeper-car");
        browser.type("note", "Cut to 45 seconds");
        browser.press("Hand in");
        assertThat(browser.text("#deliverable-1")).contains("Sleeper car reel", "Waiting for review");
        browser.type("text", "The draft is up; the night shots are at the end.");
        browser.press("Send message");
        looked("influencer-collaboration");
        browser.signOut();

        browser.signIn("brand@browser.example", PASSWORD);
        browser.open("/notifications");
        assertThat(browser.texts("#notifications li").get(0)).contains("New message from Browser Creator");
        browser.press("Open");
        assertThat(browser.texts("#history .unread")).hasSize(2);
        browser.press("Approve");
        browser.press("Mark the collaboration completed");
        assertThat(browser.text("#status")).isEqualTo("Completed");
        browser.type("amount", "650");
        browser.type("reference", "TR-2026-118");
        browser.press("Record payment");
        assertThat(browser.text("#payments")).contains("$650.00 of $650.00 paid; $0.00 outstanding");
        looked("sponsor-collaboration");
        browser.signOut();

        browser.signIn("admin@test.example", "test-admin-password");
        browser.open("/admin/analytics");
        looked("admin-analytics");
        chartsMatchTheirTables("growth", "volume");
        assertThat(browser.text("#flagged")).contains("Nothing is flagged or waiting.");
        browser.signOut();

        onAPhone();
        withTheKeyboard();

        assertThat(problems).as("accessibility problems and console errors per page").allSatisfy((page, found) ->
                assertThat(found).as(page).isEmpty());
        assertThat(problems).hasSizeGreaterThanOrEqualTo(25);
    }

    /** The main pages at a phone's width: nothing wider than the screen, the menu behind its button, still accessible. */
    private void onAPhone() throws IOException {
        browser.resize(390, 844);
        try {
            browser.signIn("brand@browser.example", PASSWORD);
            for (String page : List.of("/sponsor", "/sponsor/ad-requests/list", "/sponsor/analytics", "/sponsor/influencers", "/notifications")) {
                browser.open(page);
                assertThat(browser.overflowsSideways()).as(page + " fits a phone's width").isFalse();
                looked("phone" + page.replace('/', '-'));
            }
            browser.openMenu();
            assertThat(browser.attribute("button.navbar-toggler", "aria-expanded")).isEqualTo("true");
            browser.signOut();
            browser.signIn("creator@browser.example", PASSWORD);
            for (String page : List.of("/influencer", "/influencer/campaigns", "/influencer/analytics")) {
                browser.open(page);
                assertThat(browser.overflowsSideways()).as(page + " fits a phone's width").isFalse();
                looked("phone" + page.replace('/', '-'));
            }
            browser.openMenu();
            browser.signOut();
        }
        finally {
            browser.resize(1280, 1000);
        }
    }

    /** The first Tab reaches "Skip to content", which moves the focus past the navigation to the page itself. */
    private void withTheKeyboard() {
        browser.open("/");
        browser.keys(Keys.TAB);
        assertThat(browser.focused()).isEqualTo("Skip to content");
        browser.keys(Keys.ENTER);
        assertThat(browser.path()).endsWith("#main");
        browser.keys(Keys.TAB);
        assertThat(browser.focused()).as("the first link of the page, past the navigation")
            .isEqualTo(browser.script("return document.querySelector('main a, main button').textContent.trim();"));
    }

    /** Photographs the page and notes its accessibility problems and console errors. */
    private void looked(String name) throws IOException {
        browser.screenshot(name);
        List<String> found = new ArrayList<>(browser.accessibilityProblems());
        browser.consoleErrors().forEach(error -> found.add("console: " + error));
        problems.put(name + " (" + browser.path() + ")", found);
    }

    private void chartsMatchTheirTables(String... charts) {
        for (String chart : charts) {
            assertThat(browser.chartData(chart)).as(chart).isEqualTo(browser.tableData(chart));
        }
    }
}
