package com.sponsorlink.admin.console;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.sponsorlink.identity.events.AdminRegistered;
import com.sponsorlink.identity.events.InfluencerProfileChanged;
import com.sponsorlink.identity.events.InfluencerRegistered;
import com.sponsorlink.identity.events.SponsorApproved;
import com.sponsorlink.identity.events.SponsorProfileChanged;
import com.sponsorlink.identity.events.SponsorRegistered;
import com.sponsorlink.identity.events.SponsorRejected;
import com.sponsorlink.identity.events.UserReinstated;
import com.sponsorlink.identity.events.UserSuspended;

/**
 * Keeps the console's user list in step with identity, inside the publishing transaction so the
 * console never shows a decision that did not commit, nor misses one that did.
 */
@Component
class UserReadModel {

    private final UserDirectory users;

    UserReadModel(UserDirectory users) {
        this.users = users;
    }

    @EventListener
    void on(SponsorRegistered event) {
        users.register(event.sponsorId(), event.email(), event.organisationName(), "SPONSOR", "PENDING", event.registeredAt());
    }

    @EventListener
    void on(InfluencerRegistered event) {
        users.register(event.influencerId(), event.email(), event.displayName(), "INFLUENCER", "APPROVED",
                event.registeredAt());
    }

    @EventListener
    void on(AdminRegistered event) {
        users.register(event.adminId(), event.email(), event.displayName(), "ADMIN", "APPROVED", event.registeredAt());
    }

    @EventListener
    void on(SponsorProfileChanged event) {
        users.rename(event.sponsorId(), event.organisationName());
    }

    @EventListener
    void on(InfluencerProfileChanged event) {
        users.rename(event.influencerId(), event.displayName());
    }

    @EventListener
    void on(SponsorApproved event) {
        users.decide(event.sponsorId(), "APPROVED", null);
    }

    @EventListener
    void on(SponsorRejected event) {
        users.decide(event.sponsorId(), "REJECTED", event.reason());
    }

    @EventListener
    void on(UserSuspended event) {
        users.suspend(event.userId(), true, event.reason());
    }

    @EventListener
    void on(UserReinstated event) {
        users.suspend(event.userId(), false, null);
    }
}
