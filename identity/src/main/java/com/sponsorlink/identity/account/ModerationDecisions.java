package com.sponsorlink.identity.account;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.sponsorlink.identity.events.SponsorApproved;
import com.sponsorlink.identity.events.SponsorRejected;
import com.sponsorlink.identity.events.SuspensionAppealDecided;
import com.sponsorlink.identity.events.UserReinstated;
import com.sponsorlink.identity.events.UserSuspended;

/**
 * Enforces moderation decisions on the accounts. Runs inside the deciding transaction so that the
 * decision and its effect on sign-in commit together; each update is idempotent. The outcome of an
 * appeal is recorded here too; lifting the suspension itself comes as {@link UserReinstated}.
 */
@Component
class ModerationDecisions {

    private final Accounts accounts;
    private final Appeals appeals;

    ModerationDecisions(Accounts accounts, Appeals appeals) {
        this.accounts = accounts;
        this.appeals = appeals;
    }

    @EventListener
    void on(SponsorApproved event) {
        accounts.decideApproval(event.sponsorId(), Approval.APPROVED, null);
    }

    @EventListener
    void on(SponsorRejected event) {
        accounts.decideApproval(event.sponsorId(), Approval.REJECTED, event.reason());
    }

    @EventListener
    void on(UserSuspended event) {
        accounts.changeSuspension(event.userId(), true, event.reason(), event.decidedAt());
    }

    @EventListener
    void on(UserReinstated event) {
        accounts.changeSuspension(event.userId(), false, null, null);
    }

    @EventListener
    void on(SuspensionAppealDecided event) {
        appeals.decide(event.appealId(), event.lifted(), event.reason(), event.decidedAt());
    }
}
