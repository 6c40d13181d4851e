package com.sponsorlink.adrequests.adrequest;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.sponsorlink.campaigns.events.CampaignChanged;
import com.sponsorlink.campaigns.events.CampaignCreated;
import com.sponsorlink.campaigns.events.CampaignDeleted;
import com.sponsorlink.campaigns.events.CampaignFlagged;
import com.sponsorlink.campaigns.events.CampaignUnflagged;

/**
 * Keeps the campaign ledger in step with the campaigns context, and cancels a deleted campaign's
 * requests. Synchronous, inside the publishing transaction: the sponsor's next step is often an ad
 * request on the campaign just created, and a deletion must not leave a deal open on nothing.
 */
@Component
class CampaignReadModel {

    private final CampaignLedger ledger;
    private final AdRequestService requests;

    CampaignReadModel(CampaignLedger ledger, AdRequestService requests) {
        this.ledger = ledger;
        this.requests = requests;
    }

    @EventListener
    void on(CampaignCreated event) {
        ledger.created(event.campaignId(), event.sponsorId(), event.name(), event.category().name(), event.budgetMinor(), event.startDate(),
                event.endDate(), event.visibility());
    }

    @EventListener
    void on(CampaignChanged event) {
        ledger.changed(event.campaignId(), event.name(), event.category().name(), event.budgetMinor(), event.startDate(), event.endDate(),
                event.visibility());
    }

    @EventListener
    void on(CampaignFlagged event) {
        ledger.flag(event.campaignId(), true);
    }

    @EventListener
    void on(CampaignUnflagged event) {
        ledger.flag(event.campaignId(), false);
    }

    @EventListener
    void on(CampaignDeleted event) {
        requests.cancelAllOf(event.campaignId(), event.name());
    }
}
