package com.sponsorlink.admin.console;

import java.util.UUID;

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
    private final AuditTrail audit;

    UserReadModel(UserDirectory users, AuditTrail audit) {
        this.users = users;
        this.audit = audit;
    }

    @EventListener
    void on(SponsorRegistered event) {
        users.register(event.sponsorId(), event.email(), event.organisationName(), "SPONSOR", "PENDING", event.registeredAt());
        users.profile(event.sponsorId(), event.organisationName(), event.industry(), null, null, null);
    }

    @EventListener
    void on(InfluencerRegistered event) {
        users.register(event.influencerId(), event.email(), event.displayName(), "INFLUENCER", "APPROVED",
                event.registeredAt());
        users.profile(event.influencerId(), event.displayName(), null, event.category().name(), event.niche(), event.reach());
    }

    /** A new admin; one added by another admin is an admin action, so it goes into the audit trail. */
    @EventListener
    void on(AdminRegistered event) {
        users.register(event.adminId(), event.email(), event.displayName(), "ADMIN", "APPROVED", event.registeredAt());
        if (event.addedBy() != null) {
            audit.append(new AuditEntry(UUID.randomUUID(), event.registeredAt(), event.addedBy(),
                    users.find(event.addedBy()).map(UserSummary::displayName).orElse("Admin"), "Added admin", "ADMIN",
                    event.adminId(), event.displayName() + " <" + event.email() + ">", null));
        }
    }

    @EventListener
    void on(SponsorProfileChanged event) {
        users.profile(event.sponsorId(), event.organisationName(), event.industry(), null, null, null);
    }

    @EventListener
    void on(InfluencerProfileChanged event) {
        users.profile(event.influencerId(), event.displayName(), null, event.category().name(), event.niche(), event.reach());
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
