package com.sponsorlink.notifications.inbox;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.sponsorlink.campaigns.events.CampaignChanged;
import com.sponsorlink.campaigns.events.CampaignCreated;
import com.sponsorlink.identity.events.AdminRegistered;
import com.sponsorlink.identity.events.InfluencerProfileChanged;
import com.sponsorlink.identity.events.InfluencerRegistered;
import com.sponsorlink.identity.events.SponsorProfileChanged;
import com.sponsorlink.identity.events.SponsorRegistered;

/**
 * Keeps the names notifications use in step with identity and campaigns, inside the publishing
 * transaction, so that a notification written right after never lacks a name.
 */
@Component
class DirectoryReadModel {

    private final Directory directory;

    DirectoryReadModel(Directory directory) {
        this.directory = directory;
    }

    @EventListener
    void on(SponsorRegistered event) {
        directory.person(event.sponsorId(), event.organisationName(), event.email(), "SPONSOR");
    }

    @EventListener
    void on(SponsorProfileChanged event) {
        directory.rename(event.sponsorId(), event.organisationName());
    }

    @EventListener
    void on(InfluencerRegistered event) {
        directory.person(event.influencerId(), event.displayName(), event.email(), "INFLUENCER");
    }

    @EventListener
    void on(InfluencerProfileChanged event) {
        directory.rename(event.influencerId(), event.displayName());
    }

    @EventListener
    void on(AdminRegistered event) {
        directory.person(event.adminId(), event.displayName(), event.email(), "ADMIN");
    }

    @EventListener
    void on(CampaignCreated event) {
        directory.campaign(event.campaignId(), event.sponsorId(), event.name());
    }

    @EventListener
    void on(CampaignChanged event) {
        directory.campaign(event.campaignId(), event.sponsorId(), event.name());
    }
}
