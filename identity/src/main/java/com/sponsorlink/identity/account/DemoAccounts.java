package com.sponsorlink.identity.account;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.sponsorlink.identity.events.Category;
import com.sponsorlink.identity.events.Platform;
import com.sponsorlink.identity.events.SponsorApproved;

/**
 * Demo mode ({@code app.demo=true}): a few sponsors and influencers with known demo passwords so a
 * newcomer can click around. Off by default; seeding is skipped for addresses that already exist.
 */
@Component
@Order(1)
@ConditionalOnBooleanProperty("app.demo")
class DemoAccounts implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo-password";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountService accounts;
    private final Accounts store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoAccounts(AccountService accounts, Accounts store, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (store.emailTaken("sponsor@demo.test")) {
            return;
        }
        UUID approved = accounts.registerSponsor(new SponsorForm("sponsor@demo.test", DEMO_PASSWORD, "Northwind Outdoor",
                "Outdoor gear", new BigDecimal("120000")));
        store.anyAdminId().ifPresent(admin -> events.publishEvent(new SponsorApproved(approved, admin, clock.instant())));
        accounts.registerSponsor(new SponsorForm("pending-sponsor@demo.test", DEMO_PASSWORD, "Lumen Skincare",
                "Cosmetics", new BigDecimal("45000")));
        accounts.registerInfluencer(new InfluencerForm("influencer@demo.test", DEMO_PASSWORD, "Trail Tales",
                Category.TRAVEL, "long-distance hiking", 84_000L, EnumSet.of(Platform.YOUTUBE, Platform.INSTAGRAM)));
        accounts.registerInfluencer(new InfluencerForm("chef@demo.test", DEMO_PASSWORD, "Green Pan",
                Category.FOOD, "vegan street food", 210_500L, EnumSet.of(Platform.TIKTOK, Platform.INSTAGRAM)));
        accounts.registerInfluencer(new InfluencerForm("gamer@demo.test", DEMO_PASSWORD, "Pixel Nora",
                Category.GAMING, "retro speedruns", 12_300L, EnumSet.of(Platform.TWITCH, Platform.YOUTUBE)));
        log.info("Demo mode: seeded demo accounts (*@demo.test) with the password '{}'.", DEMO_PASSWORD);
    }
}
