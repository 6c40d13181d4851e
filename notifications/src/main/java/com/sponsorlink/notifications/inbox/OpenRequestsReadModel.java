package com.sponsorlink.notifications.inbox;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.sponsorlink.adrequests.events.AdRequestAccepted;
import com.sponsorlink.adrequests.events.AdRequestCancelled;
import com.sponsorlink.adrequests.events.AdRequestCompleted;
import com.sponsorlink.adrequests.events.AdRequestCreated;
import com.sponsorlink.adrequests.events.AdRequestDeleted;
import com.sponsorlink.adrequests.events.AdRequestEdited;
import com.sponsorlink.adrequests.events.AdRequestRejected;
import com.sponsorlink.adrequests.events.DeliverableReviewed;
import com.sponsorlink.adrequests.events.DeliverableSubmitted;
import com.sponsorlink.adrequests.events.OfferMade;

/**
 * Keeps the open ad requests, and whose answer they await, and the agreed deals' due work in step
 * with the ad requests context, inside the publishing transaction: the reminder must never list a
 * request already answered or work already approved.
 */
@Component
class OpenRequestsReadModel {

    private final OpenRequests open;
    private final DueWork due;

    OpenRequestsReadModel(OpenRequests open, DueWork due) {
        this.open = open;
        this.due = due;
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
        if (event.dueDate() != null) {
            due.agreed(event.adRequestId(), event.campaignId(), event.sponsorId(), event.influencerId(), event.dueDate());
        }
    }

    @EventListener
    void on(DeliverableSubmitted event) {
        due.reviewed(event.adRequestId(), false);
    }

    @EventListener
    void on(DeliverableReviewed event) {
        due.reviewed(event.adRequestId(), event.allApproved());
    }

    @EventListener
    void on(AdRequestCompleted event) {
        due.settled(event.adRequestId());
    }

    @EventListener
    void on(AdRequestRejected event) {
        open.settled(event.adRequestId());
    }

    @EventListener
    void on(AdRequestCancelled event) {
        open.settled(event.adRequestId());
        due.settled(event.adRequestId());
    }

    @EventListener
    void on(AdRequestDeleted event) {
        open.settled(event.adRequestId());
    }
}
