package com.sponsorlink.notifications.inbox;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.sponsorlink.adrequests.events.AdRequestAccepted;
import com.sponsorlink.adrequests.events.AdRequestCancelled;
import com.sponsorlink.adrequests.events.AdRequestCreated;
import com.sponsorlink.adrequests.events.AdRequestDeleted;
import com.sponsorlink.adrequests.events.AdRequestEdited;
import com.sponsorlink.adrequests.events.AdRequestRejected;
import com.sponsorlink.adrequests.events.OfferMade;

/**
 * Keeps the open ad requests, and whose answer they await, in step with the ad requests context,
 * inside the publishing transaction: the reminder must never list a request already answered.
 */
@Component
class OpenRequestsReadModel {

    private final OpenRequests open;

    OpenRequestsReadModel(OpenRequests open) {
        this.open = open;
    }

    @EventListener
    void on(AdRequestCreated event) {
        open.awaiting(event.adRequestId(), event.campaignId(), event.sponsorId(), event.influencerId(),
                event.startedBy().other());
    }

    @EventListener
    void on(OfferMade event) {
        open.awaiting(event.adRequestId(), event.campaignId(), event.sponsorId(), event.influencerId(), event.by().other());
    }

    @EventListener
    void on(AdRequestEdited event) {
        open.readdressed(event.adRequestId(), event.influencerId());
    }

    @EventListener
    void on(AdRequestAccepted event) {
        open.settled(event.adRequestId());
    }

    @EventListener
    void on(AdRequestRejected event) {
        open.settled(event.adRequestId());
    }

    @EventListener
    void on(AdRequestCancelled event) {
        open.settled(event.adRequestId());
    }

    @EventListener
    void on(AdRequestDeleted event) {
        open.settled(event.adRequestId());
    }
}
