package com.sponsorlink.notifications.inbox;

import java.time.Instant;
import java.util.UUID;

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
import com.sponsorlink.adrequests.events.Party;
import com.sponsorlink.campaigns.events.CampaignAppealDecided;
import com.sponsorlink.campaigns.events.CampaignFlagged;
import com.sponsorlink.campaigns.events.CampaignUnflagged;
import com.sponsorlink.identity.events.SponsorApproved;
import com.sponsorlink.identity.events.SponsorRejected;
import com.sponsorlink.identity.events.SuspensionAppealDecided;

/**
 * Turns what happened into notifications for the people it concerns, wherever the event comes
 * from: straight from the in-process listener, or from the Redis stream. The source key makes a
 * second handling of the same event a no-op.
 */
@Component
class NotificationHandlers {

    private final Notifications notifications;
    private final Directory directory;

    NotificationHandlers(Notifications notifications, Directory directory) {
        this.notifications = notifications;
        this.directory = directory;
    }

    /** Handles an event of any type this context follows; returns false for any other. */
    boolean dispatch(Object event) {
        if (event instanceof AdRequestCreated e) {
            handle(e);
        }
        else if (event instanceof OfferMade e) {
            handle(e);
        }
        else if (event instanceof MessageSent e) {
            handle(e);
        }
        else if (event instanceof DeliverableSubmitted e) {
            handle(e);
        }
        else if (event instanceof DeliverableReviewed e) {
            handle(e);
        }
        else if (event instanceof PaymentRecorded e) {
            handle(e);
        }
        else if (event instanceof PaymentConfirmed e) {
            handle(e);
        }
        else if (event instanceof AdRequestEdited e) {
            handle(e);
        }
        else if (event instanceof AdRequestAccepted e) {
            handle(e);
        }
        else if (event instanceof AdRequestRejected e) {
            handle(e);
        }
        else if (event instanceof AdRequestCancelled e) {
            handle(e);
        }
        else if (event instanceof AdRequestCompleted e) {
            handle(e);
        }
        else if (event instanceof AdRequestFlagged e) {
            handle(e);
        }
        else if (event instanceof AdRequestUnflagged e) {
            handle(e);
        }
        else if (event instanceof ExportReady e) {
            handle(e);
        }
        else if (event instanceof MonthlyReportReady e) {
            handle(e);
        }
        else if (event instanceof SponsorApproved e) {
            handle(e);
        }
        else if (event instanceof SponsorRejected e) {
            handle(e);
        }
        else if (event instanceof CampaignFlagged e) {
            handle(e);
        }
        else if (event instanceof CampaignUnflagged e) {
            handle(e);
        }
        else if (event instanceof SuspensionAppealDecided e) {
            handle(e);
        }
        else if (event instanceof CampaignAppealDecided e) {
            handle(e);
        }
        else {
            return false;
        }
        return true;
    }

    void handle(AdRequestCreated event) {
        String campaign = directory.campaignName(event.campaignId());
        if (event.startedBy() == Party.SPONSOR) {
            notify(event.influencerId(), Party.INFLUENCER, event.adRequestId(), "created",
                    directory.nameOf(event.sponsorId()) + " sent you an ad request", "For " + campaign + ".",
                    event.amountMinor(), event.createdAt());
        }
        else {
            notify(event.sponsorId(), Party.SPONSOR, event.adRequestId(), "created",
                    directory.nameOf(event.influencerId()) + " asks to join " + campaign, "They propose an amount.",
                    event.amountMinor(), event.createdAt());
        }
    }

    void handle(OfferMade event) {
        Party recipient = event.by().other();
        notify(recipientOf(recipient, event.sponsorId(), event.influencerId()), recipient, event.adRequestId(),
                "offer-" + event.madeAt().toEpochMilli(),
                nameOf(event.by(), event.sponsorId(), event.influencerId()) + " made a counter-offer",
                "For " + directory.campaignName(event.campaignId()) + ". " + event.message(), event.amountMinor(),
                event.madeAt());
    }

    void handle(AdRequestEdited event) {
        notify(event.influencerId(), Party.INFLUENCER, event.adRequestId(), "edited-" + event.editedAt().toEpochMilli(),
                directory.nameOf(event.sponsorId()) + " changed their ad request",
                "For " + directory.campaignName(event.campaignId()) + ". See what changed in its history.",
                event.offerMinor(), event.editedAt());
    }

    void handle(AdRequestAccepted event) {
        Party recipient = event.acceptedBy().other();
        notify(recipientOf(recipient, event.sponsorId(), event.influencerId()), recipient, event.adRequestId(), "accepted",
                nameOf(event.acceptedBy(), event.sponsorId(), event.influencerId()) + " accepted: the deal is agreed",
                "For " + directory.campaignName(event.campaignId()) + ".", event.agreedMinor(), event.acceptedAt());
    }

    void handle(AdRequestRejected event) {
        Party recipient = event.rejectedBy().other();
        notify(recipientOf(recipient, event.sponsorId(), event.influencerId()), recipient, event.adRequestId(), "rejected",
                nameOf(event.rejectedBy(), event.sponsorId(), event.influencerId()) + " rejected the ad request",
                "For " + directory.campaignName(event.campaignId()) + ". " + event.reason(), null, event.rejectedAt());
    }

    void handle(AdRequestCancelled event) {
        notify(event.influencerId(), Party.INFLUENCER, event.adRequestId(), "cancelled",
                directory.nameOf(event.sponsorId()) + " cancelled the ad request",
                "For " + directory.campaignName(event.campaignId()) + ". " + event.note(), null, event.cancelledAt());
    }

    void handle(AdRequestCompleted event) {
        notify(event.influencerId(), Party.INFLUENCER, event.adRequestId(), "completed",
                directory.nameOf(event.sponsorId()) + " marked the deal completed",
                "For " + directory.campaignName(event.campaignId()) + ".", event.agreedMinor(), event.completedAt());
    }

    void handle(AdRequestFlagged event) {
        frozen(event.adRequestId(), event.sponsorId(), event.influencerId(), "An admin froze an ad request",
                "Nothing can change until the flag is lifted. Reason: " + event.reason(), event.decidedAt());
    }

    void handle(AdRequestUnflagged event) {
        frozen(event.adRequestId(), event.sponsorId(), event.influencerId(), "An admin lifted the freeze on an ad request",
                "Reason: " + event.reason(), event.decidedAt());
    }

    void handle(ExportReady event) {
        notifications.deliver(Notification.of(event.sponsorId(), "export:" + event.exportId(), "Your export is ready",
                event.rows() + " rows of campaigns and ad requests, as a CSV file.", null, "/sponsor/exports", event.readyAt()));
    }

    void handle(MonthlyReportReady event) {
        notifications.deliver(Notification.of(event.sponsorId(), "monthly-report:" + event.reportId(), event.title(),
                event.summary(), null, "/sponsor/reports/" + event.reportId(), event.readyAt()).withEmailHtml(event.html()));
    }

    void handle(SponsorApproved event) {
        notifications.deliver(Notification.of(event.sponsorId(), "approved:" + event.sponsorId(), "Your account is approved",
                "You can now publish campaigns and send ad requests.", null, "/sponsor", event.decidedAt()));
    }

    void handle(SponsorRejected event) {
        notifications.deliver(Notification.of(event.sponsorId(), "rejected:" + event.sponsorId(), "Your account was not approved",
                "Reason: " + event.reason(), null, "/sponsor", event.decidedAt()));
    }

    void handle(CampaignFlagged event) {
        directory.campaign(event.campaignId()).ifPresent(campaign -> notifications.deliver(Notification.of(campaign.sponsorId(),
                "campaign-flagged:" + event.campaignId() + ":" + event.decidedAt().toEpochMilli(),
                "An admin flagged your campaign " + campaign.name(),
                "It is hidden from influencers and takes no new ad requests. Reason: " + event.reason(), null,
                "/sponsor/campaigns/" + event.campaignId(), event.decidedAt())));
    }

    void handle(CampaignUnflagged event) {
        directory.campaign(event.campaignId()).ifPresent(campaign -> notifications.deliver(Notification.of(campaign.sponsorId(),
                "campaign-unflagged:" + event.campaignId() + ":" + event.decidedAt().toEpochMilli(),
                "An admin lifted the flag on your campaign " + campaign.name(), "Reason: " + event.reason(), null,
                "/sponsor/campaigns/" + event.campaignId(), event.decidedAt())));
    }

    void handle(SuspensionAppealDecided event) {
        notifications.deliver(Notification.of(event.userId(), "appeal:" + event.appealId(),
                event.lifted() ? "Your appeal was accepted: the suspension is lifted" : "Your appeal was upheld",
                (event.lifted() ? "You can sign in again. " : "Your account stays suspended. ") + "Reason: " + event.reason(),
                null, "/", event.decidedAt()));
    }

    void handle(CampaignAppealDecided event) {
        String campaign = directory.campaignName(event.campaignId());
        notifications.deliver(Notification.of(event.sponsorId(), "appeal:" + event.appealId(),
                event.lifted() ? "Your appeal was accepted: the flag on " + campaign + " is lifted" : "Your appeal was upheld",
                (event.lifted() ? "" : "The flag on " + campaign + " stays. ") + "Reason: " + event.reason(), null,
                "/sponsor/campaigns/" + event.campaignId(), event.decidedAt()));
    }

    void handle(MessageSent event) {
        Party recipient = event.by().other();
        String text = event.text().length() > 200 ? event.text().substring(0, 200) + "…" : event.text();
        notify(recipientOf(recipient, event.sponsorId(), event.influencerId()), recipient, event.adRequestId(),
                "message-" + event.sentAt().toEpochMilli(),
                "New message from " + nameOf(event.by(), event.sponsorId(), event.influencerId()),
                "About " + directory.campaignName(event.campaignId()) + ": " + text, null, event.sentAt());
    }

    void handle(DeliverableSubmitted event) {
        notify(event.sponsorId(), Party.SPONSOR, event.adRequestId(),
                "deliverable-" + event.deliverableId() + "-" + event.submission(),
                directory.nameOf(event.influencerId()) + (event.submission() == 1 ? " handed in " : " handed in a new version of ")
                        + event.title(),
                "For " + directory.campaignName(event.campaignId()) + ". Review it: approve it or ask for changes.", null,
                event.submittedAt());
    }

    void handle(DeliverableReviewed event) {
        notify(event.influencerId(), Party.INFLUENCER, event.adRequestId(),
                "review-" + event.deliverableId() + "-" + event.reviewedAt().toEpochMilli(),
                directory.nameOf(event.sponsorId()) + (event.approved() ? " approved " : " asks for changes to ") + event.title(),
                "For " + directory.campaignName(event.campaignId()) + ". "
                        + (event.feedback().isBlank() ? "" : "Feedback: " + event.feedback()),
                null, event.reviewedAt());
    }

    void handle(PaymentRecorded event) {
        notify(event.influencerId(), Party.INFLUENCER, event.adRequestId(), "payment-" + event.paymentId(),
                directory.nameOf(event.sponsorId()) + " recorded a payment to you",
                "For " + directory.campaignName(event.campaignId()) + ", paid on " + event.paidDate() + ", reference "
                        + event.reference() + ". Confirm it once it arrives.",
                event.amountMinor(), event.recordedAt());
    }

    void handle(PaymentConfirmed event) {
        notify(event.sponsorId(), Party.SPONSOR, event.adRequestId(), "payment-confirmed-" + event.paymentId(),
                directory.nameOf(event.influencerId()) + " confirmed your payment arrived",
                "For " + directory.campaignName(event.campaignId()) + ".", event.amountMinor(), event.confirmedAt());
    }

    /** Both sides of a frozen or unfrozen request hear of it. */
    private void frozen(UUID adRequestId, UUID sponsorId, UUID influencerId, String title, String body, Instant at) {
        String what = "flag-" + at.toEpochMilli();
        notify(sponsorId, Party.SPONSOR, adRequestId, what, title, body, null, at);
        notify(influencerId, Party.INFLUENCER, adRequestId, what, title, body, null, at);
    }

    private void notify(UUID recipient, Party side, UUID adRequestId, String what, String title, String body,
            Long amountMinor, Instant at) {
        notifications.deliver(Notification.of(recipient, "ad-request:" + adRequestId + ":" + what + ":" + recipient, title, body,
                amountMinor, "/" + side.name().toLowerCase(java.util.Locale.ROOT) + "/ad-requests/" + adRequestId, at));
    }

    private static UUID recipientOf(Party party, UUID sponsorId, UUID influencerId) {
        return party == Party.SPONSOR ? sponsorId : influencerId;
    }

    private String nameOf(Party party, UUID sponsorId, UUID influencerId) {
        return directory.nameOf(recipientOf(party, sponsorId, influencerId));
    }
}
