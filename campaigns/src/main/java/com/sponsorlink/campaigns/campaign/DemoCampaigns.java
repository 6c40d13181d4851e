package com.sponsorlink.campaigns.campaign;

import static com.sponsorlink.campaigns.persistence.jooq.Tables.CAMPAIGNS_CAMPAIGNS;
import static com.sponsorlink.campaigns.persistence.jooq.Tables.CAMPAIGNS_SPONSORS;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.sponsorlink.campaigns.events.Visibility;
import com.sponsorlink.identity.events.Category;

/**
 * Demo mode: about a hundred campaigns over the past year, three or so for each approved sponsor
 * (six for sponsor@demo.test), each created some days after its sponsor signed up and starting a
 * little later, most public. Created through the campaign service on a clock turned back to their
 * creation, so the other contexts hear of them as they would have. Runs after the demo accounts;
 * skipped when the demo sponsor has campaigns already.
 */
@Component
@Order(2)
@ConditionalOnBooleanProperty("app.demo")
class DemoCampaigns implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCampaigns.class);
    private static final List<String> SEASONS = List.of("Spring", "Summer", "Autumn", "Winter", "Launch", "Holiday", "Weekend",
            "Back-to-school", "Festival", "Anniversary");
    private static final List<String> THEMES = List.of("trail series", "taste tour", "gadget drop", "speedrun cup", "city guide",
            "glow-up week", "30-day challenge", "money month", "study sprint", "slow weekend", "maker stories", "road trip");

    private final CampaignService campaigns;
    private final DSLContext db;
    private final Clock clock;
    private final Consumer<Instant> demoTime;

    DemoCampaigns(CampaignService campaigns, DSLContext db, Clock clock, @Qualifier("demoTime") Consumer<Instant> demoTime) {
        this.campaigns = campaigns;
        this.db = db;
        this.clock = clock;
        this.demoTime = demoTime;
    }

    @Override
    public void run(ApplicationArguments args) {
        var sponsors = db.select(CAMPAIGNS_SPONSORS.SPONSOR_ID, CAMPAIGNS_SPONSORS.ORGANISATION_NAME, CAMPAIGNS_SPONSORS.JOINED_AT)
            .from(CAMPAIGNS_SPONSORS)
            .where(CAMPAIGNS_SPONSORS.APPROVAL.eq("APPROVED")).and(CAMPAIGNS_SPONSORS.JOINED_AT.isNotNull())
            .orderBy(CAMPAIGNS_SPONSORS.JOINED_AT)
            .fetch();
        if (sponsors.isEmpty() || db.fetchExists(CAMPAIGNS_CAMPAIGNS)) {
            return;
        }
        Random random = new Random(2027);
        Instant now = clock.instant();
        int created = 0;
        for (var sponsor : sponsors) {
            UUID sponsorId = UUID.fromString(sponsor.value1());
            int count = sponsor.value2().equals("Northwind Outdoor") ? 6 : 2 + random.nextInt(3);
            Instant earliest = sponsor.value3().plus(Duration.ofDays(2));
            long span = Math.max(1, Duration.between(earliest, now.minus(Duration.ofDays(3))).toMinutes());
            for (int i = 0; i < count; i++) {
                Instant at = earliest.plus(Duration.ofMinutes((long) (random.nextDouble() * span)));
                LocalDate start = LocalDate.ofInstant(at, clock.getZone()).plusDays(5 + random.nextInt(16));
                Category category = Category.values()[random.nextInt(Category.values().length)];
                String name = SEASONS.get(random.nextInt(SEASONS.size())) + " " + THEMES.get(category.ordinal() % THEMES.size());
                CampaignForm form = new CampaignForm(name,
                        sponsor.value2() + " looks for " + category.label().toLowerCase(Locale.ROOT)
                                + " creators to " + (random.nextBoolean() ? "show our new range in everyday use." : "tell their audience what they love about us."),
                        category, random.nextBoolean() ? "Reach " + (50 + random.nextInt(450)) + ",000 people." : null,
                        BigDecimal.valueOf(1_000L + 500L * random.nextInt(39)), start, start.plusDays(30 + random.nextInt(91)),
                        random.nextInt(4) == 0 ? Visibility.PRIVATE : Visibility.PUBLIC, null);
                demoTime.accept(at);
                try {
                    campaigns.create(sponsorId, form);
                    created++;
                }
                finally {
                    demoTime.accept(null);
                }
            }
        }
        log.info("Demo mode: seeded {} campaigns over the past year.", created);
    }
}
