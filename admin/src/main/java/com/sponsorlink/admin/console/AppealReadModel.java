package com.sponsorlink.admin.console;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.sponsorlink.campaigns.events.CampaignFlagAppealed;
import com.sponsorlink.identity.events.SuspensionAppealed;

/**
 * Brings appeals into the console inside the filing transaction, labelled from the console's own
 * lists of users and campaigns, so an appeal is on the console as soon as its author is told it was
 * filed.
 */
@Component
class AppealReadModel {

    private final AppealDirectory appeals;
    private final UserDirectory users;
    private final CampaignDirectory campaigns;

    AppealReadModel(AppealDirectory appeals, UserDirectory users, CampaignDirectory campaigns) {
        this.appeals = appeals;
        this.users = users;
        this.campaigns = campaigns;
    }

    @EventListener
    void on(SuspensionAppealed event) {
        String label = users.find(event.userId()).map(user -> user.displayName() + " <" + user.email() + ">")
            .orElse("User " + event.userId());
        appeals.filed(event.appealId(), "USER", event.userId(), event.userId(), label, event.text(), event.filedAt());
    }

    @EventListener
    void on(CampaignFlagAppealed event) {
        String label = campaigns.find(event.campaignId()).map(Moderation::campaignLabel)
            .orElse("Campaign " + event.campaignId());
        appeals.filed(event.appealId(), "CAMPAIGN", event.campaignId(), event.sponsorId(), label, event.text(),
                event.filedAt());
    }
}
