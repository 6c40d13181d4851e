package com.sponsorlink.campaigns.campaign;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.sponsorlink.identity.events.SponsorApproved;
import com.sponsorlink.identity.events.SponsorProfileChanged;
import com.sponsorlink.identity.events.SponsorRegistered;
import com.sponsorlink.identity.events.SponsorRejected;
import com.sponsorlink.identity.events.UserReinstated;
import com.sponsorlink.identity.events.UserSuspended;

/**
 * Keeps the sponsor read model, and whether their campaigns are listed, in step with identity. Synchronous, inside the publishing
 * transaction: the sponsor's very next page (the dashboard) depends on it.
 */
@Component
class SponsorReadModel {

    private final Sponsors sponsors;
    private final Campaigns campaigns;

    SponsorReadModel(Sponsors sponsors, Campaigns campaigns) {
        this.sponsors = sponsors;
        this.campaigns = campaigns;
    }

    @EventListener
    void on(SponsorRegistered event) {
        sponsors.register(event.sponsorId(), event.organisationName(), event.industry(), event.registeredAt());
    }

    @EventListener
    void on(SponsorProfileChanged event) {
        sponsors.rename(event.sponsorId(), event.organisationName(), event.industry());
    }

    @EventListener
    void on(SponsorApproved event) {
        sponsors.decide(event.sponsorId(), "APPROVED", null);
    }

    @EventListener
    void on(SponsorRejected event) {
        sponsors.decide(event.sponsorId(), "REJECTED", event.reason());
    }

    @EventListener
    void on(UserSuspended event) {
        sponsors.suspend(event.userId(), true);
        campaigns.sponsorSuspended(event.userId(), true);
    }

    @EventListener
    void on(UserReinstated event) {
        sponsors.suspend(event.userId(), false);
        campaigns.sponsorSuspended(event.userId(), false);
    }
}
