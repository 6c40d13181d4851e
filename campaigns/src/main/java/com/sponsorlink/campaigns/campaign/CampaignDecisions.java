package com.sponsorlink.campaigns.campaign;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.sponsorlink.campaigns.events.CampaignAppealDecided;
import com.sponsorlink.campaigns.events.CampaignCommitmentChanged;
import com.sponsorlink.campaigns.events.CampaignSpendPaid;
import com.sponsorlink.campaigns.events.CampaignFlagged;
import com.sponsorlink.campaigns.events.CampaignUnflagged;

/**
 * Applies what other contexts decide about campaigns through the contracts campaigns owns: the
 * committed amount the ad requests context reports, and the admin console's flags and decisions on
 * appeals of them (a lifted flag comes as {@link CampaignUnflagged} besides the decision). Synchronous,
 * inside the deciding transaction: a budget edit right after an acceptance must already see the
 * commitment, and a flagged campaign must be gone from discovery at once.
 */
@Component
class CampaignDecisions {

    private final Campaigns campaigns;
    private final CampaignAppeals appeals;

    CampaignDecisions(Campaigns campaigns, CampaignAppeals appeals) {
        this.campaigns = campaigns;
        this.appeals = appeals;
    }

    @EventListener
    void on(CampaignCommitmentChanged event) {
        campaigns.commit(event.campaignId(), event.committedMinor());
    }

    @EventListener
    void on(CampaignSpendPaid event) {
        campaigns.paid(event.campaignId(), event.paidMinor());
    }

    @EventListener
    void on(CampaignFlagged event) {
        campaigns.flag(event.campaignId(), true, event.reason(), event.decidedAt());
    }

    @EventListener
    void on(CampaignUnflagged event) {
        campaigns.flag(event.campaignId(), false, null, null);
    }

    @EventListener
    void on(CampaignAppealDecided event) {
        appeals.decide(event.appealId(), event.lifted(), event.reason(), event.decidedAt());
    }
}
