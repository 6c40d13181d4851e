package com.sponsorlink.admin.console;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import com.sponsorlink.adrequests.events.AdRequestFlagged;
import com.sponsorlink.adrequests.events.AdRequestUnflagged;
import com.sponsorlink.campaigns.events.CampaignAppealDecided;
import com.sponsorlink.campaigns.events.CampaignFlagged;
import com.sponsorlink.campaigns.events.CampaignUnflagged;
import com.sponsorlink.identity.events.SponsorApproved;
import com.sponsorlink.identity.events.SponsorRejected;
import com.sponsorlink.identity.events.SuspensionAppealDecided;
import com.sponsorlink.identity.events.UserReinstated;
import com.sponsorlink.identity.events.UserSuspended;

/**
 * Admin decisions about users, campaigns, ad requests and appeals. Each checks the current state,
 * publishes the moderation event that the owning context enforces, and appends to the audit trail,
 * all in one transaction.
 */
@Service
@Transactional
class Moderation {

    private final UserDirectory users;
    private final CampaignDirectory campaigns;
    private final AdRequestDirectory requests;
    private final AppealDirectory appeals;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Moderation(UserDirectory users, CampaignDirectory campaigns, AdRequestDirectory requests, AppealDirectory appeals,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.campaigns = campaigns;
        this.requests = requests;
        this.appeals = appeals;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    void approveSponsor(UUID adminId, UUID sponsorId) {
        UserSummary sponsor = pendingSponsor(sponsorId);
        Instant now = clock.instant();
        events.publishEvent(new SponsorApproved(sponsorId, adminId, now));
        record(adminId, now, "Approved sponsor", sponsor, null);
    }

    void rejectSponsor(UUID adminId, UUID sponsorId, String reason) {
        UserSummary sponsor = pendingSponsor(sponsorId);
        Instant now = clock.instant();
        events.publishEvent(new SponsorRejected(sponsorId, adminId, reason, now));
        record(adminId, now, "Rejected sponsor", sponsor, reason);
    }

    void suspend(UUID adminId, UUID userId, String reason) {
        UserSummary user = existing(userId);
        if (user.suspended()) {
            throw new ModerationRefusedException(user.displayName() + " is already suspended.");
        }
        if (user.id().equals(adminId)) {
            throw new ModerationRefusedException("You cannot suspend your own account.");
        }
        if (user.isAdmin() && users.activeAdmins() <= 1) {
            throw new ModerationRefusedException("The last active admin cannot be suspended.");
        }
        Instant now = clock.instant();
        events.publishEvent(new UserSuspended(userId, adminId, reason, now));
        record(adminId, now, "Suspended user", user, reason);
    }

    void reinstate(UUID adminId, UUID userId, String reason) {
        UserSummary user = existing(userId);
        if (!user.suspended()) {
            throw new ModerationRefusedException(user.displayName() + " is not suspended.");
        }
        Instant now = clock.instant();
        events.publishEvent(new UserReinstated(userId, adminId, reason, now));
        record(adminId, now, "Reinstated user", user, reason);
    }

    /** Hides a campaign from influencers and stops new ad requests on it; its sponsor reads the reason. */
    void flagCampaign(UUID adminId, UUID campaignId, String reason) {
        CampaignSummary campaign = existingCampaign(campaignId);
        if (campaign.flagged()) {
            throw new ModerationRefusedException("\"" + campaign.name() + "\" is already flagged.");
        }
        Instant now = clock.instant();
        events.publishEvent(new CampaignFlagged(campaignId, adminId, reason, now));
        record(adminId, now, "Flagged campaign", "CAMPAIGN", campaignId, campaignLabel(campaign), reason);
    }

    void unflagCampaign(UUID adminId, UUID campaignId, String reason) {
        CampaignSummary campaign = existingCampaign(campaignId);
        if (!campaign.flagged()) {
            throw new ModerationRefusedException("\"" + campaign.name() + "\" is not flagged.");
        }
        Instant now = clock.instant();
        events.publishEvent(new CampaignUnflagged(campaignId, adminId, reason, now));
        record(adminId, now, "Unflagged campaign", "CAMPAIGN", campaignId, campaignLabel(campaign), reason);
    }

    /** Freezes an ad request: no step is possible until unflagged; both sides read the reason. */
    void flagAdRequest(UUID adminId, UUID adRequestId, String reason) {
        AdRequestSummary request = existingAdRequest(adRequestId);
        if (request.flagged()) {
            throw new ModerationRefusedException("This ad request is already flagged.");
        }
        Instant now = clock.instant();
        events.publishEvent(new AdRequestFlagged(adRequestId, request.sponsorId(), request.influencerId(), adminId, reason, now));
        record(adminId, now, "Flagged ad request", "AD_REQUEST", adRequestId, request.label(), reason);
    }

    void unflagAdRequest(UUID adminId, UUID adRequestId, String reason) {
        AdRequestSummary request = existingAdRequest(adRequestId);
        if (!request.flagged()) {
            throw new ModerationRefusedException("This ad request is not flagged.");
        }
        Instant now = clock.instant();
        events.publishEvent(new AdRequestUnflagged(adRequestId, request.sponsorId(), request.influencerId(), adminId, reason, now));
        record(adminId, now, "Unflagged ad request", "AD_REQUEST", adRequestId, request.label(), reason);
    }

    /**
     * Decides an open appeal. Upheld, the suspension or flag stays; lifted, it is lifted as
     * {@link #reinstate} and {@link #unflagCampaign} do, unless that happened meanwhile. The appellant's
     * context records the outcome from the decision event. Returns the appeal as it was before.
     */
    AppealSummary decideAppeal(UUID adminId, UUID appealId, boolean lift, String reason) {
        AppealSummary appeal = appeals.find(appealId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Instant now = clock.instant();
        if (!appeals.decide(appealId, lift ? "LIFTED" : "UPHELD", adminId, reason, now)) {
            String decided = appeals.find(appealId).map(AppealSummary::status).orElse(appeal.status());
            throw new ModerationRefusedException("This appeal was already "
                    + decided.toLowerCase(java.util.Locale.ROOT) + "; the decision stands.");
        }
        if (appeal.isAboutUser()) {
            decideSuspensionAppeal(adminId, appeal, lift, reason, now);
        }
        else {
            decideFlagAppeal(adminId, appeal, lift, reason, now);
        }
        return appeal;
    }

    private void decideSuspensionAppeal(UUID adminId, AppealSummary appeal, boolean lift, String reason, Instant now) {
        UserSummary user = existing(appeal.subjectId());
        if (!lift && !user.suspended()) {
            throw new ModerationRefusedException(user.displayName() + " is no longer suspended; lift the appeal instead.");
        }
        events.publishEvent(new SuspensionAppealDecided(appeal.id(), user.id(), adminId, lift, reason, now));
        if (lift && user.suspended()) {
            events.publishEvent(new UserReinstated(user.id(), adminId, reason, now));
        }
        record(adminId, now, lift ? "Lifted suspension on appeal" : "Upheld suspension on appeal", user, reason);
    }

    private void decideFlagAppeal(UUID adminId, AppealSummary appeal, boolean lift, String reason, Instant now) {
        CampaignSummary campaign = campaigns.find(appeal.subjectId())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        boolean flagged = campaign.flagged() && !campaign.deleted();
        if (!lift && !flagged) {
            throw new ModerationRefusedException("\"" + campaign.name() + "\" is no longer flagged; lift the appeal instead.");
        }
        events.publishEvent(new CampaignAppealDecided(appeal.id(), campaign.id(), appeal.appellantId(), adminId, lift,
                reason, now));
        if (lift && flagged) {
            events.publishEvent(new CampaignUnflagged(campaign.id(), adminId, reason, now));
        }
        record(adminId, now, lift ? "Lifted campaign flag on appeal" : "Upheld campaign flag on appeal", "CAMPAIGN",
                campaign.id(), campaignLabel(campaign), reason);
    }

    private CampaignSummary existingCampaign(UUID campaignId) {
        return campaigns.find(campaignId).filter(campaign -> !campaign.deleted())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private AdRequestSummary existingAdRequest(UUID adRequestId) {
        return requests.find(adRequestId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static String campaignLabel(CampaignSummary campaign) {
        return "\"" + campaign.name() + "\" by " + campaign.sponsorName();
    }

    private UserSummary pendingSponsor(UUID sponsorId) {
        UserSummary sponsor = existing(sponsorId);
        if (!"SPONSOR".equals(sponsor.role())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!sponsor.isPendingSponsor()) {
            throw new ModerationRefusedException(sponsor.displayName() + " was already "
                    + sponsor.approval().toLowerCase(java.util.Locale.ROOT) + "; the decision stands.");
        }
        return sponsor;
    }

    private UserSummary existing(UUID userId) {
        return users.find(userId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void record(UUID adminId, Instant when, String action, UserSummary subject, String reason) {
        record(adminId, when, action, subject.role(), subject.id(), subject.displayName() + " <" + subject.email() + ">",
                reason);
    }

    private void record(UUID adminId, Instant when, String action, String subjectType, UUID subjectId, String label,
            String reason) {
        String adminName = users.find(adminId).map(UserSummary::displayName).orElse("Admin");
        audit.append(new AuditEntry(UUID.randomUUID(), when, adminId, adminName, action, subjectType, subjectId, label,
                reason));
    }
}
