package com.sponsorlink.campaigns.influencer;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.sponsorlink.identity.events.InfluencerProfileChanged;
import com.sponsorlink.identity.events.InfluencerRegistered;
import com.sponsorlink.identity.events.UserReinstated;
import com.sponsorlink.identity.events.UserSuspended;

/**
 * Keeps the searchable influencer profiles in step with identity, inside the publishing
 * transaction, so a profile edit or a suspension shows in the very next search.
 */
@Component
class InfluencerReadModel {

    private final Influencers influencers;

    InfluencerReadModel(Influencers influencers) {
        this.influencers = influencers;
    }

    @EventListener
    void on(InfluencerRegistered event) {
        influencers.register(event.influencerId(), event.displayName(), event.category(), event.niche(), event.reach(),
                event.platforms(), event.registeredAt());
    }

    @EventListener
    void on(InfluencerProfileChanged event) {
        influencers.change(event.influencerId(), event.displayName(), event.category(), event.niche(), event.reach(),
                event.platforms());
    }

    @EventListener
    void on(UserSuspended event) {
        influencers.list(event.userId(), false);
    }

    @EventListener
    void on(UserReinstated event) {
        influencers.list(event.userId(), true);
    }
}
