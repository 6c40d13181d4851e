package com.sponsorlink.admin.console;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.sponsorlink.adrequests.events.AdRequestAccepted;
import com.sponsorlink.adrequests.events.AdRequestCancelled;
import com.sponsorlink.adrequests.events.AdRequestCompleted;
import com.sponsorlink.adrequests.events.AdRequestCreated;
import com.sponsorlink.adrequests.events.AdRequestDeleted;
import com.sponsorlink.adrequests.events.AdRequestEdited;
import com.sponsorlink.adrequests.events.AdRequestFlagged;
import com.sponsorlink.adrequests.events.AdRequestRejected;
import com.sponsorlink.adrequests.events.AdRequestUnflagged;
import com.sponsorlink.adrequests.events.OfferMade;
import com.sponsorlink.adrequests.events.PaymentRecorded;
import com.sponsorlink.campaigns.events.CampaignChanged;
import com.sponsorlink.campaigns.events.CampaignCommitmentChanged;
import com.sponsorlink.campaigns.events.CampaignCreated;
import com.sponsorlink.campaigns.events.CampaignDeleted;
import com.sponsorlink.campaigns.events.CampaignFlagged;
import com.sponsorlink.campaigns.events.CampaignUnflagged;

/**
 * Keeps the console's campaigns and ad requests in step with their contexts, inside the publishing
 * transaction, like the user list: a flag the admin just set is on the very next page.
 */
@Component
class MarketplaceReadModel {

    private final CampaignDirectory campaigns;
    private final AdRequestDirectory requests;

    MarketplaceReadModel(CampaignDirectory campaigns, AdRequestDirectory requests) {
        this.campaigns = campaigns;
        this.requests = requests;
    }

    @EventListener
    void on(CampaignCreated event) {
        campaigns.created(event.campaignId(), event.sponsorId(), event.name(), event.description(), event.category(),
                event.budgetMinor(), event.startDate(), event.endDate(), event.visibility(), event.createdAt());
    }

    @EventListener
    void on(CampaignChanged event) {
        campaigns.changed(event.campaignId(), event.name(), event.description(), event.category(), event.budgetMinor(),
                event.startDate(), event.endDate(), event.visibility());
    }

    @EventListener
    void on(CampaignDeleted event) {
        campaigns.deleted(event.campaignId());
    }

    @EventListener
    void on(CampaignCommitmentChanged event) {
        campaigns.committed(event.campaignId(), event.committedMinor());
    }

    @EventListener
    void on(CampaignFlagged event) {
        campaigns.flag(event.campaignId(), true, event.reason());
    }

    @EventListener
    void on(CampaignUnflagged event) {
        campaigns.flag(event.campaignId(), false, null);
    }

    @EventListener
    void on(AdRequestCreated event) {
        requests.created(event.adRequestId(), event.campaignId(), event.sponsorId(), event.influencerId(),
                event.amountMinor(), event.createdAt());
    }

    @EventListener
    void on(OfferMade event) {
        requests.moved(event.adRequestId(), "NEGOTIATING", event.amountMinor(), event.madeAt());
    }

    @EventListener
    void on(AdRequestEdited event) {
        requests.edited(event.adRequestId(), event.influencerId(), event.offerMinor(), event.editedAt());
    }

    @EventListener
    void on(AdRequestAccepted event) {
        requests.accepted(event.adRequestId(), event.agreedMinor(), event.acceptedAt());
    }

    @EventListener
    void on(AdRequestRejected event) {
        requests.moved(event.adRequestId(), "REJECTED", event.rejectedAt());
    }

    @EventListener
    void on(AdRequestCancelled event) {
        requests.moved(event.adRequestId(), "CANCELLED", event.cancelledAt());
    }

    @EventListener
    void on(AdRequestCompleted event) {
        requests.moved(event.adRequestId(), "COMPLETED", event.agreedMinor(), event.completedAt());
    }

    @EventListener
    void on(PaymentRecorded event) {
        requests.paid(event.adRequestId(), event.paidMinor());
    }

    @EventListener
    void on(AdRequestDeleted event) {
        requests.deleted(event.adRequestId());
    }

    @EventListener
    void on(AdRequestFlagged event) {
        requests.flag(event.adRequestId(), true, event.reason());
    }

    @EventListener
    void on(AdRequestUnflagged event) {
        requests.flag(event.adRequestId(), false, null);
    }
}
