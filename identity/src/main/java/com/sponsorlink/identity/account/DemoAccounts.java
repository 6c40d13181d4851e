package com.sponsorlink.identity.account;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.sponsorlink.identity.events.Category;
import com.sponsorlink.identity.events.Platform;
import com.sponsorlink.identity.events.SponsorApproved;
import com.sponsorlink.identity.events.SponsorRejected;

/**
 * Demo mode ({@code app.demo=true}): a year of sign-ups so the marketplace looks lived in. The
 * named accounts (sponsor@demo.test, influencer@demo.test, …) come first; then dozens of sponsors,
 * most approved by the admin a day after signing up, and a few hundred influencers, spread over the
 * past year with more joining lately. Every account has the demo password. Each sign-up runs
 * through the same service as the form, on a clock turned back to its date, so every context hears
 * of it as it would have. The campaigns and ad requests contexts seed theirs after this. Skipped
 * when the demo accounts exist already.
 */
@Component
@Order(1)
@ConditionalOnBooleanProperty("app.demo")
class DemoAccounts implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo-password";
    static final int SPONSORS = 36;
    static final int INFLUENCERS = 240;

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    private static final List<String> BRANDS = List.of("Alder", "Brightwater", "Cobalt", "Driftwood", "Ember", "Fjord", "Granite",
            "Harbor", "Indigo", "Juniper", "Kestrel", "Lumen", "Meridian", "Nimbus", "Orchard", "Pioneer", "Quarry", "Rowan");
    private static final List<String> KINDS = List.of("Outfitters", "Kitchen", "Labs", "Studio", "Coffee", "Cycles", "Skincare",
            "Games", "Travel", "Fitness");
    private static final List<String> INDUSTRIES = List.of("Outdoor gear", "Food and drink", "Software", "Design", "Coffee", "Bicycles",
            "Cosmetics", "Video games", "Travel", "Sportswear");
    private static final List<String> FIRST = List.of("Ada", "Bea", "Cai", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jun", "Kit",
            "Lio", "Mae", "Nia", "Oli", "Pim", "Quin", "Rae", "Sol", "Tess");
    private static final List<String> HANDLES = List.of("Trails", "Bakes", "Builds", "Plays", "Travels", "Lifts", "Saves", "Learns",
            "Wears", "Glows", "Cooks", "Rides");
    private static final List<List<String>> NICHES = List.of(
            List.of("capsule wardrobes", "thrift hauls", "sneakers"), List.of("skincare routines", "clean beauty", "nail art"),
            List.of("mechanical keyboards", "smart home", "budget phones"), List.of("retro speedruns", "cozy games", "esports"),
            List.of("vegan street food", "sourdough", "coffee gear"), List.of("night trains", "city breaks", "long-distance hiking"),
            List.of("home workouts", "trail running", "yoga"), List.of("budget apps", "investing basics", "side hustles"),
            List.of("language lessons", "study with me", "maths explained"), List.of("slow living", "van life", "minimalism"),
            List.of("woodworking", "vinyl records", "birdwatching"));

    private final AccountService accounts;
    private final Accounts store;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Consumer<Instant> demoTime;

    DemoAccounts(AccountService accounts, Accounts store, ApplicationEventPublisher events, TransactionTemplate transactions,
            @Qualifier("demoTime") Consumer<Instant> demoTime) {
        this.accounts = accounts;
        this.store = store;
        this.events = events;
        this.transactions = transactions;
        this.demoTime = demoTime;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (store.emailTaken("sponsor@demo.test")) {
            return;
        }
        Random random = new Random(2026);
        Instant yearAgo = Instant.now().minus(365, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String hash = accounts.hash(DEMO_PASSWORD);
        UUID admin = store.anyAdminId().orElse(null);

        UUID northwind = at(yearAgo, () -> accounts.registerSponsor(new SponsorForm("sponsor@demo.test", DEMO_PASSWORD,
                "Northwind Outdoor", "Outdoor gear", new BigDecimal("120000")), hash));
        decide(admin, northwind, yearAgo.plus(Duration.ofHours(20)), null);
        at(yearAgo.plus(Duration.ofDays(2)), () -> accounts.registerInfluencer(new InfluencerForm("influencer@demo.test", DEMO_PASSWORD,
                "Trail Tales", Category.TRAVEL, "long-distance hiking", 84_000L, EnumSet.of(Platform.YOUTUBE, Platform.INSTAGRAM)), hash));
        at(yearAgo.plus(Duration.ofDays(3)), () -> accounts.registerInfluencer(new InfluencerForm("chef@demo.test", DEMO_PASSWORD,
                "Green Pan", Category.FOOD, "vegan street food", 210_500L, EnumSet.of(Platform.TIKTOK, Platform.INSTAGRAM)), hash));
        at(yearAgo.plus(Duration.ofDays(4)), () -> accounts.registerInfluencer(new InfluencerForm("gamer@demo.test", DEMO_PASSWORD,
                "Pixel Nora", Category.GAMING, "retro speedruns", 12_300L, EnumSet.of(Platform.TWITCH, Platform.YOUTUBE)), hash));

        for (int n = 1; n <= SPONSORS; n++) {
            String name = BRANDS.get(n % BRANDS.size()) + " " + KINDS.get(n % KINDS.size());
            // most sponsors joined in the first months; the last few are recent
            Instant joined = yearAgo.plus(Duration.ofHours((long) (random.nextDouble() * (n <= SPONSORS - 4 ? 240 : 360) * 24)));
            SponsorForm form = new SponsorForm("sponsor-" + n + "@demo.test", DEMO_PASSWORD, name, INDUSTRIES.get(n % KINDS.size()),
                    BigDecimal.valueOf(10_000L * (1 + random.nextInt(30))));
            UUID sponsor = at(joined, () -> accounts.registerSponsor(form, hash));
            if (n % 12 == 0) {
                decide(admin, sponsor, joined.plus(Duration.ofDays(1)), "We could not verify the company.");
            }
            else if (n <= SPONSORS - 2) {
                decide(admin, sponsor, joined.plus(Duration.ofHours(6 + random.nextInt(40))), null);
            }
        }
        for (int n = 1; n <= INFLUENCERS; n++) {
            Category category = Category.values()[random.nextInt(Category.values().length)];
            List<String> niches = NICHES.get(category.ordinal() % NICHES.size());
            // sign-ups grow over the year: the square root skews the dates towards now
            Instant joined = yearAgo.plus(Duration.ofMinutes((long) (Math.sqrt(random.nextDouble()) * 364 * 24 * 60)));
            long reach = (long) Math.pow(10, 3 + random.nextDouble() * 3.3);
            InfluencerForm form = new InfluencerForm("creator-" + n + "@demo.test", DEMO_PASSWORD,
                    FIRST.get(n % FIRST.size()) + " " + HANDLES.get((n / FIRST.size()) % HANDLES.size()), category,
                    niches.get(random.nextInt(niches.size())), reach, platforms(random));
            at(joined, () -> accounts.registerInfluencer(form, hash));
        }
        at(Instant.now().minus(Duration.ofDays(2)), () -> accounts.registerSponsor(new SponsorForm("pending-sponsor@demo.test",
                DEMO_PASSWORD, "Lumen Skincare", "Cosmetics", new BigDecimal("45000")), hash));
        log.info("Demo mode: seeded {} sponsors and {} influencers over the past year (*@demo.test, password '{}').", SPONSORS + 2,
                INFLUENCERS + 3, DEMO_PASSWORD);
    }

    private void decide(UUID admin, UUID sponsor, Instant when, String rejection) {
        if (admin == null) {
            return;
        }
        at(when, () -> {
            events.publishEvent(rejection == null ? new SponsorApproved(sponsor, admin, when)
                    : new SponsorRejected(sponsor, admin, rejection, when));
            return null;
        });
    }

    /** Runs a step in its own transaction, on a clock turned back to when it happened. */
    private <T> T at(Instant when, java.util.function.Supplier<T> step) {
        demoTime.accept(when);
        try {
            return transactions.execute(status -> step.get());
        }
        finally {
            demoTime.accept(null);
        }
    }

    private static Set<Platform> platforms(Random random) {
        Set<Platform> platforms = EnumSet.noneOf(Platform.class);
        int count = 1 + random.nextInt(3);
        while (platforms.size() < count) {
            platforms.add(Platform.values()[random.nextInt(Platform.values().length)]);
        }
        return platforms;
    }
}
