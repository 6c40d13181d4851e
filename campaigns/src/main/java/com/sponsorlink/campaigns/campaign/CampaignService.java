package com.sponsorlink.campaigns.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import com.sponsorlink.campaigns.events.CampaignChanged;
import com.sponsorlink.campaigns.events.CampaignCreated;
import com.sponsorlink.campaigns.events.CampaignDeleted;

/**
 * Sponsors' campaigns: creation by approved sponsors, edits and deletion by their owner only, each
 * published for the contexts that follow campaigns.
 */
@Service
@Transactional
class CampaignService {

    private final Campaigns campaigns;
    private final Sponsors sponsors;
    private final Money money;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CampaignService(Campaigns campaigns, Sponsors sponsors, Money money, ApplicationEventPublisher events, Clock clock) {
        this.campaigns = campaigns;
        this.sponsors = sponsors;
        this.money = money;
        this.events = events;
        this.clock = clock;
    }

    UUID create(UUID sponsorId, CampaignForm form) {
        Sponsor sponsor = sponsor(sponsorId);
        String refusal = whyCannotPublish(sponsor);
        if (refusal != null) {
            throw new CampaignRefusedException(refusal);
        }
        Campaign campaign = fromForm(UUID.randomUUID(), sponsorId, form, 0, 0);
        Instant now = clock.instant();
        campaigns.insert(campaign, sponsor.suspended(), now);
        events.publishEvent(new CampaignCreated(campaign.id(), sponsorId, campaign.name(), campaign.description(), campaign.category(),
                campaign.budgetMinor(), campaign.startDate(), campaign.endDate(), campaign.visibility(), now));
        return campaign.id();
    }

    void update(UUID sponsorId, UUID campaignId, CampaignForm form) {
        Campaign current = owned(campaignId, sponsorId);
        Campaign changed = fromForm(campaignId, sponsorId, form, current.committedMinor(), current.version());
        if (changed.budgetMinor() < current.committedMinor()) {
            throw new BudgetBelowCommitmentException(money.describe(current.committedMinor()));
        }
        int seenVersion = form.version() == null ? -1 : form.version();
        if (!campaigns.update(changed, seenVersion, clock.instant())) {
            long committedNow = campaigns.findOwned(campaignId, sponsorId).map(Campaign::committedMinor).orElse(0L);
            if (changed.budgetMinor() < committedNow) {
                throw new BudgetBelowCommitmentException(money.describe(committedNow));
            }
            throw new StaleCampaignException();
        }
        events.publishEvent(new CampaignChanged(campaignId, sponsorId, changed.name(), changed.description(), changed.category(),
                changed.budgetMinor(), changed.startDate(), changed.endDate(), changed.visibility()));
    }

    /** Deletes the sponsor's campaign and returns its name. */
    String delete(UUID sponsorId, UUID campaignId) {
        Campaign campaign = owned(campaignId, sponsorId);
        campaigns.delete(campaignId);
        events.publishEvent(new CampaignDeleted(campaignId, sponsorId, campaign.name(), clock.instant()));
        return campaign.name();
    }

    @Transactional(readOnly = true)
    Campaign owned(UUID campaignId, UUID sponsorId) {
        return campaigns.findOwned(campaignId, sponsorId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @Transactional(readOnly = true)
    Sponsor sponsor(UUID sponsorId) {
        return sponsors.find(sponsorId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @Transactional(readOnly = true)
    Page<Campaign> ofSponsor(UUID sponsorId, CampaignSort sort, Pageable pageable) {
        return campaigns.ofSponsor(sponsorId, sort, pageable);
    }

    @Transactional(readOnly = true)
    Slice<Campaign> discover(CampaignSearch search, Pageable pageable) {
        return campaigns.discover(search, money, today(), pageable);
    }

    /** A campaign as an influencer may see it, with its sponsor; absent when not listed. */
    @Transactional(readOnly = true)
    ListedCampaign listed(UUID campaignId) {
        Campaign campaign = campaigns.findListed(campaignId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return new ListedCampaign(campaign, sponsor(campaign.sponsorId()));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Why a sponsor may not publish campaigns yet, or null if they may. */
    static String whyCannotPublish(Sponsor sponsor) {
        if (sponsor.suspended()) {
            return "Your account is suspended, so you cannot publish campaigns.";
        }
        return switch (sponsor.approval()) {
            case "APPROVED" -> null;
            case "REJECTED" -> "An admin did not approve your account, so you cannot publish campaigns.";
            default -> "An admin has not approved your account yet. You can publish campaigns once it is approved.";
        };
    }

    private Campaign fromForm(UUID campaignId, UUID sponsorId, CampaignForm form, long committedMinor, int version) {
        return new Campaign(campaignId, sponsorId, form.name().strip(), form.description().strip(), form.category(),
                form.trimmedGoals(), money.toMinorUnits(form.budget()), committedMinor, 0, form.startDate(), form.endDate(),
                form.visibility(), false, null, version);
    }

    record ListedCampaign(Campaign campaign, Sponsor sponsor) {
    }
}
