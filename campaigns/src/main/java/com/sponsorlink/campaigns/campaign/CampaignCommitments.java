package com.sponsorlink.campaigns.campaign;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.sponsorlink.campaigns.events.CampaignCommitmentChanged;

/**
 * Keeps each campaign's committed amount as the ad requests context reports it. Synchronous, inside
 * the accepting transaction: a budget edit right after an acceptance must already see it.
 */
@Component
class CampaignCommitments {

    private final Campaigns campaigns;

    CampaignCommitments(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @EventListener
    void on(CampaignCommitmentChanged event) {
        campaigns.commit(event.campaignId(), event.committedMinor());
    }
}
