package com.sponsorlink.adrequests.adrequest;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.sponsorlink.identity.events.InfluencerProfileChanged;
import com.sponsorlink.identity.events.InfluencerRegistered;
import com.sponsorlink.identity.events.SponsorProfileChanged;
import com.sponsorlink.identity.events.SponsorRegistered;
import com.sponsorlink.identity.events.UserReinstated;
import com.sponsorlink.identity.events.UserSuspended;

/**
 * Keeps the sponsors and influencers of this context in step with identity. Synchronous, inside the
 * publishing transaction: a new influencer can be addressed, and a suspended one no longer, at once.
 */
@Component
class PartyReadModel {

    private final Parties parties;

    PartyReadModel(Parties parties) {
        this.parties = parties;
    }

    @EventListener
    void on(SponsorRegistered event) {
        parties.sponsor(event.sponsorId(), event.organisationName());
    }

    @EventListener
    void on(SponsorProfileChanged event) {
        parties.sponsor(event.sponsorId(), event.organisationName());
    }

    @EventListener
    void on(InfluencerRegistered event) {
        parties.influencer(event.influencerId(), event.displayName(), event.category(), event.niche(), event.reach());
        parties.joined(event.influencerId(), event.registeredAt());
    }

    @EventListener
    void on(InfluencerProfileChanged event) {
        parties.influencer(event.influencerId(), event.displayName(), event.category(), event.niche(), event.reach());
    }

    @EventListener
    void on(UserSuspended event) {
        parties.suspend(event.userId(), true);
    }

    @EventListener
    void on(UserReinstated event) {
        parties.suspend(event.userId(), false);
    }
}
