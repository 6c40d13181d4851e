package com.sponsorlink.app;

import static com.sponsorlink.identity.persistence.jooq.Tables.IDENTITY_USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.test.web.servlet.MvcResult;

class RegistrationTests extends WebJourney {

    @Autowired
    DataSourceProperties dataSource;

    @Test
    void homePageSaysWhatTheProductIsAndLinksToSignUpAndSignIn() throws Exception {
        Document home = html(mvc.perform(get("/")).andReturn());
        assertThat(home.select("h1").text()).isEqualTo("Influencer marketing, done together");
        assertThat(home.select("main a").eachText()).contains("Register as sponsor", "Register as influencer", "Log in");
        String bootstrap = home.select("link[rel=stylesheet][href*=bootstrap]").attr("href");
        assertThat(bootstrap).startsWith("/webjars/bootstrap/").endsWith("/css/bootstrap.min.css");
        assertThat(mvc.perform(get(bootstrap)).andReturn().getResponse().getStatus()).as("served by the app itself")
            .isEqualTo(200);
        String stylesheet = home.select("link[rel=stylesheet][href*=app.css]").attr("href");
        assertThat(mvc.perform(get(stylesheet)).andReturn().getResponse().getContentAsString()).contains(".stat");
    }

    @Test
    void registersASponsorAndStoresOnlyABcryptHashOfThePassword() throws Exception {
        MvcResult result = registerSponsor("owner@northwind.example", "Northwind Outdoor");

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login");
        String hash = db.select(IDENTITY_USERS.PASSWORD_HASH).from(IDENTITY_USERS)
            .where(IDENTITY_USERS.EMAIL_KEY.eq("owner@northwind.example")).fetchSingle(IDENTITY_USERS.PASSWORD_HASH);
        assertThat(hash).startsWith("$2a$10$").doesNotContain(PASSWORD);

        if (!dataSource.getUrl().startsWith("jdbc:sqlite:")) {
            return;
        }
        // the main file and its write-ahead log together hold everything written
        Path file = Path.of(dataSource.getUrl().substring("jdbc:sqlite:".length(), dataSource.getUrl().indexOf('?')));
        try (Stream<Path> files = Files.list(file.getParent())) {
            for (Path dbFile : files.filter(f -> f.getFileName().toString().startsWith(file.getFileName().toString())).toList()) {
                assertThat(new String(Files.readAllBytes(dbFile), StandardCharsets.ISO_8859_1)).as(dbFile.toString())
                    .doesNotContain(PASSWORD);
            }
        }
    }

    @Test
    void refusesInvalidInfluencerFieldsBesideEachFieldKeepsTheTypedValuesAndSavesNothing() throws Exception {
        int before = userCount();
        MvcResult result = mvc.perform(post("/register/influencer").with(csrf())
                .param("email", "not-an-email")
                .param("password", "short")
                .param("displayName", "Pixel Nora")
                .param("category", "GAMING")
                .param("niche", "retro speedruns")
                .param("reach", "-5")
                .param("platforms", "TWITCH"))
            .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document form = html(result);
        assertThat(form.select("#email-error").text()).isEqualTo("Enter an email address like name@example.com.");
        assertThat(form.select("#password-error").text()).isEqualTo("Use between 10 and 72 characters.");
        assertThat(form.select("#reach-error").text()).isEqualTo("Reach cannot be negative.");
        assertThat(form.select("#email").val()).isEqualTo("not-an-email");
        assertThat(form.select("#displayName").val()).isEqualTo("Pixel Nora");
        assertThat(form.select("#reach").val()).isEqualTo("-5");
        assertThat(form.select("#category option[selected]").val()).isEqualTo("GAMING");
        assertThat(form.select("input[name=platforms][checked]").eachAttr("value")).containsExactly("TWITCH");
        assertThat(form.select("label[for=reach]").text()).isEqualTo("Reach (followers)");
        assertThat(userCount()).isEqualTo(before);
    }

    @Test
    void reachThatIsNotANumberIsExplainedBesideTheField() throws Exception {
        int before = userCount();
        Document form = html(registerInfluencer("words@example.com", "Words", "lots"));
        assertThat(form.select("#reach-error").text()).isEqualTo("Enter a whole number, such as 12000.");
        assertThat(form.select("#reach").val()).isEqualTo("lots");
        assertThat(userCount()).isEqualTo(before);
    }

    @Test
    void refusesAnEmailAlreadyRegisteredInOtherLetterCase() throws Exception {
        registerInfluencer("nora@example.com", "Pixel Nora", "12000");
        int before = userCount();

        Document form = html(registerSponsor("NORA@Example.COM", "Acme"));

        assertThat(form.select("#email-error").text()).isEqualTo("An account with this email address already exists.");
        assertThat(form.select("#organisationName").val()).isEqualTo("Acme");
        assertThat(userCount()).isEqualTo(before);
    }

    @Test
    void refusesAFormPostWithoutTheCsrfToken() throws Exception {
        int before = userCount();
        MvcResult result = mvc.perform(post("/register/sponsor")
                .param("email", "nocsrf@example.com").param("password", PASSWORD)
                .param("organisationName", "No Token").param("industry", "Tools"))
            .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(userCount()).isEqualTo(before);
    }
}
