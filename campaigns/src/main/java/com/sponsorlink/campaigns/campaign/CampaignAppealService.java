package com.sponsorlink.campaigns.campaign;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import com.sponsorlink.campaigns.events.CampaignFlagAppealed;

/**
 * A sponsor's appeal of the flag on their own campaign, once per flagging; the admin console
 * decides it.
 */
@Service
@Transactional
class CampaignAppealService {

    private final Campaigns campaigns;
    private final CampaignAppeals appeals;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CampaignAppealService(Campaigns campaigns, CampaignAppeals appeals, ApplicationEventPublisher events, Clock clock) {
        this.campaigns = campaigns;
        this.appeals = appeals;
        this.events = events;
        this.clock = clock;
    }

    UUID appeal(UUID sponsorId, UUID campaignId, String text) {
        Campaign campaign = appealable(sponsorId, campaignId);
        Instant flaggedAt = flaggedAt(campaign);
        UUID appealId = UUID.randomUUID();
        Instant now = clock.instant();
        if (!appeals.insert(appealId, campaignId, sponsorId, flaggedAt, text.strip(), now)) {
            throw new CampaignRefusedException("You can appeal a flag once. "
                    + appeals.state(campaignId, flaggedAt, clock.getZone()).orElseThrow());
        }
        events.publishEvent(new CampaignFlagAppealed(appealId, campaignId, sponsorId, text.strip(), now));
        return appealId;
    }

    /** The sponsor's own campaign if it is flagged; 404 for another's, a refusal for an unflagged one. */
    @Transactional(readOnly = true)
    Campaign appealable(UUID sponsorId, UUID campaignId) {
        Campaign campaign = campaigns.findOwned(campaignId, sponsorId)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!campaign.flagged()) {
            throw new CampaignRefusedException("\"" + campaign.name() + "\" is not flagged, so there is nothing to appeal.");
        }
        return campaign;
    }

    /** Where the appeal of the campaign's current flag stands; empty if it is not flagged or not appealed. */
    @Transactional(readOnly = true)
    Optional<String> appealState(Campaign campaign) {
        if (!campaign.flagged()) {
            return Optional.empty();
        }
        return appeals.state(campaign.id(), flaggedAt(campaign), clock.getZone());
    }

    private Instant flaggedAt(Campaign campaign) {
        return campaigns.flaggedAt(campaign.id()).orElse(Instant.EPOCH);
    }
}
