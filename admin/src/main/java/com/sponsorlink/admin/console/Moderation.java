package com.sponsorlink.admin.console;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import com.sponsorlink.identity.events.SponsorApproved;
import com.sponsorlink.identity.events.SponsorRejected;
import com.sponsorlink.identity.events.UserReinstated;
import com.sponsorlink.identity.events.UserSuspended;

/**
 * Admin decisions about users. Each checks the current state, publishes the moderation event that
 * identity enforces, and appends to the audit trail, all in one transaction.
 */
@Service
@Transactional
class Moderation {

    private final UserDirectory users;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Moderation(UserDirectory users, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
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
        String adminName = users.find(adminId).map(UserSummary::displayName).orElse("Admin");
        audit.append(new AuditEntry(UUID.randomUUID(), when, adminId, adminName, action, subject.role(), subject.id(),
                subject.displayName() + " <" + subject.email() + ">", reason));
    }
}
