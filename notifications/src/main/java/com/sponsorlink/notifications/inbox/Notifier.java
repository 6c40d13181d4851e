package com.sponsorlink.notifications.inbox;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.sponsorlink.adrequests.events.AdRequestAccepted;
import com.sponsorlink.adrequests.events.AdRequestCancelled;
import com.sponsorlink.adrequests.events.AdRequestCompleted;
import com.sponsorlink.adrequests.events.AdRequestCreated;
import com.sponsorlink.adrequests.events.AdRequestEdited;
import com.sponsorlink.adrequests.events.AdRequestFlagged;
import com.sponsorlink.adrequests.events.AdRequestRejected;
import com.sponsorlink.adrequests.events.AdRequestUnflagged;
import com.sponsorlink.adrequests.events.DeliverableReviewed;
import com.sponsorlink.adrequests.events.DeliverableSubmitted;
import com.sponsorlink.adrequests.events.ExportReady;
import com.sponsorlink.adrequests.events.MessageSent;
import com.sponsorlink.adrequests.events.MonthlyReportReady;
import com.sponsorlink.adrequests.events.OfferMade;
import com.sponsorlink.adrequests.events.PaymentConfirmed;
import com.sponsorlink.adrequests.events.PaymentRecorded;
import com.sponsorlink.campaigns.events.CampaignAppealDecided;
import com.sponsorlink.campaigns.events.CampaignFlagged;
import com.sponsorlink.campaigns.events.CampaignUnflagged;
import com.sponsorlink.identity.events.SponsorApproved;
import com.sponsorlink.identity.events.SponsorRejected;
import com.sponsorlink.identity.events.SuspensionAppealDecided;

/**
 * Hears what happened after the deciding transaction committed, in the event publication registry
 * until handed on: to the handlers in this process, or to the Redis stream when Redis is
 * configured. A hand-over that fails (Redis down) leaves the publication incomplete, so it is
 * retried until it succeeds.
 */
@Component
class Notifier {

    private final EventTransport transport;

    Notifier(EventTransport transport) {
        this.transport = transport;
    }

    @ApplicationModuleListener
    void on(AdRequestCreated event) {
        transport.send(event);
    }

    @ApplicationModuleListener
    void on(OfferMade event) {
        transport.send(event);
    }

    @ApplicationModuleListener
    void on(MessageSent event) {
        transport.send(event);
    }

    @ApplicationModuleListener
    void on(DeliverableSubmitted event) {
        transport.send(event);
    }

    @ApplicationModuleListener
    void on(DeliverableReviewed event) {
        transport.send(event);
    }

    @ApplicationModuleListener
    void on(PaymentRecorded event) {
        transport.send(event);
    }

    @ApplicationModuleListener
    void on(PaymentConfirmed event) {
        transport.send(event);
    }

    @ApplicationModuleListener
    void on(AdRequestEdited event) {
        transport.send(event);
    }

    @ApplicationModuleListener
    void on(AdRequestAccepted event) {
        transport.send(event);
    }

    @ApplicationModuleListener
    void on(AdRequestRejected event) {
        transport.send(event);
    }

    @ApplicationModuleListener
    void on(AdRequestCancelled event) {
        transport.send(event);
    }

    @ApplicationModuleListener
    void on(AdRequestCompleted event) {
        transport.send(event);
    }

    @ApplicationModuleListener
    void on(AdRequestFlagged event) {
        transport.send(event);
    }

    @ApplicationModuleListener
    void on(AdRequestUnflagged event) {
        transport.send(event);
    }

    @ApplicationModuleListener
    void on(ExportReady event) {
        transport.send(event);
    }

    @ApplicationModuleListener
    void on(MonthlyReportReady event) {
        transport.send(event);
    }

    @ApplicationModuleListener
    void on(SponsorApproved event) {
        transport.send(event);
    }

    @ApplicationModuleListener
    void on(SponsorRejected event) {
        transport.send(event);
    }

    @ApplicationModuleListener
    void on(CampaignFlagged event) {
        transport.send(event);
    }

    @ApplicationModuleListener
    void on(CampaignUnflagged event) {
        transport.send(event);
    }

    @ApplicationModuleListener
    void on(SuspensionAppealDecided event) {
        transport.send(event);
    }

    @ApplicationModuleListener
    void on(CampaignAppealDecided event) {
        transport.send(event);
    }
}
