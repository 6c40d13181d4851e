package com.sponsorlink.adrequests.adrequest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import com.sponsorlink.adrequests.adrequest.AdRequests.Figures;
import com.sponsorlink.adrequests.adrequest.AdRequests.Listing;
import com.sponsorlink.adrequests.adrequest.AdRequests.Tally;
import com.sponsorlink.adrequests.adrequest.CampaignLedger.Campaign;
import com.sponsorlink.adrequests.adrequest.NegotiationHistory.Entry;
import com.sponsorlink.adrequests.adrequest.NegotiationHistory.Step;
import com.sponsorlink.adrequests.adrequest.Parties.Influencer;
import com.sponsorlink.adrequests.adrequest.Payments.Payment;
import com.sponsorlink.adrequests.events.AdRequestAccepted;
import com.sponsorlink.adrequests.events.AdRequestCancelled;
import com.sponsorlink.adrequests.events.AdRequestCompleted;
import com.sponsorlink.adrequests.events.AdRequestCreated;
import com.sponsorlink.adrequests.events.AdRequestDeleted;
import com.sponsorlink.adrequests.events.AdRequestEdited;
import com.sponsorlink.adrequests.events.AdRequestRejected;
import com.sponsorlink.adrequests.events.OfferMade;
import com.sponsorlink.adrequests.events.Party;
import com.sponsorlink.campaigns.events.CampaignCommitmentChanged;

/**
 * Ad requests from the first offer to a settled deal. Every step checks who acts and on which
 * version of the request, applies the rules of {@link AdRequest}, appends to the history and
 * publishes what happened. A refused step throws, so nothing of it is saved.
 */
@Service
@Transactional
class AdRequestService {

    private final AdRequests requests;
    private final NegotiationHistory history;
    private final Deliverables deliverables;
    private final Payments payments;
    private final CampaignLedger ledger;
    private final Parties parties;
    private final Money money;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AdRequestService(AdRequests requests, NegotiationHistory history, Deliverables deliverables, Payments payments,
            CampaignLedger ledger, Parties parties, Money money, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.history = history;
        this.deliverables = deliverables;
        this.payments = payments;
        this.ledger = ledger;
        this.parties = parties;
        this.money = money;
        this.events = events;
        this.clock = clock;
    }

    /** A sponsor's offer to an influencer on one of their campaigns. */
    UUID create(UUID sponsorId, UUID campaignId, UUID influencerId, String requirements, LocalDate dueDate, long paymentMinor) {
        Campaign campaign = ownCampaign(sponsorId, campaignId);
        String closed = campaign.whyClosedOn(today());
        if (closed != null) {
            throw new FieldRefusedException("campaignId", closed);
        }
        Influencer influencer = addressableOrRefused(influencerId);
        refuseSecondOpenRequest(campaign, influencer, "influencerId",
                influencer.displayName() + " already has an open ad request for this campaign.");
        checkDueDate(dueDate, campaign);
        checkWithinBudget(paymentMinor, campaign, "payment");
        Instant now = clock.instant();
        AdRequest request = AdRequest.start(campaignId, sponsorId, influencerId, Party.SPONSOR, requirements, dueDate,
                paymentMinor, now);
        requests.insert(request);
        history.append(request.id(), now, Party.SPONSOR.name(), Step.OFFERED, paymentMinor, "");
        events.publishEvent(new AdRequestCreated(request.id(), campaignId, sponsorId, influencerId, Party.SPONSOR,
                paymentMinor, dueDate, now));
        return request.id();
    }

    /** An influencer's request to join a public campaign, with the amount they propose and their pitch. */
    UUID askToJoin(UUID influencerId, UUID campaignId, long amountMinor, String pitch) {
        Campaign campaign = joinable(campaignId);
        Influencer influencer = parties.influencer(influencerId).orElseThrow(AdRequestService::notFound);
        refuseSecondOpenRequest(campaign, influencer, "amount",
                "You already have an open ad request for this campaign; answer it from your inbox.");
        Instant now = clock.instant();
        AdRequest request = AdRequest.start(campaignId, campaign.sponsorId(), influencerId, Party.INFLUENCER, "", null,
                amountMinor, now);
        requests.insert(request);
        history.append(request.id(), now, Party.INFLUENCER.name(), Step.OFFERED, amountMinor, pitch);
        events.publishEvent(new AdRequestCreated(request.id(), campaignId, campaign.sponsorId(), influencerId,
                Party.INFLUENCER, amountMinor, null, now));
        return request.id();
    }

    /** The sponsor's edit of an open request; each change is written to the history. */
    void edit(UUID sponsorId, UUID id, int seenVersion, UUID influencerId, String requirements, LocalDate dueDate,
            long paymentMinor) {
        AdRequest current = current(Party.SPONSOR, sponsorId, id, seenVersion);
        refuseIf(current.whyCannotEdit());
        Campaign campaign = ledger.find(current.campaignId()).orElseThrow(AdRequestService::notFound);
        List<String> changes = new ArrayList<>();
        UUID previousInfluencer = null;
        if (!current.influencerId().equals(influencerId)) {
            if (!current.canChangeInfluencer()) {
                throw new FieldRefusedException("influencerId", "The influencer can only be changed while nobody has "
                        + "answered; cancel this request and send a new one instead.");
            }
            Influencer next = addressableOrRefused(influencerId);
            refuseSecondOpenRequest(campaign, next, "influencerId",
                    next.displayName() + " already has an open ad request for this campaign.");
            String before = parties.influencer(current.influencerId()).map(Influencer::displayName).orElse("someone else");
            changes.add("Addressed to " + next.displayName() + " instead of " + before + ".");
            previousInfluencer = current.influencerId();
        }
        if (!current.requirements().equals(requirements)) {
            changes.add("Requirements changed.");
        }
        if (!Objects.equals(current.dueDate(), dueDate)) {
            checkDueDate(dueDate, campaign);
            changes.add("Due date " + (dueDate == null ? "removed." : "set to " + dueDate + "."));
        }
        if (paymentMinor != current.offerMinor()) {
            checkWithinBudget(paymentMinor, campaign, "payment");
        }
        Instant now = clock.instant();
        AdRequest edited = current.edited(influencerId, requirements, dueDate, paymentMinor, now);
        boolean counters = edited.offers() > current.offers();
        if (paymentMinor != current.offerMinor() && !counters) {
            changes.add("Payment changed from " + money.describe(current.offerMinor()) + " to "
                    + money.describe(paymentMinor) + ".");
        }
        if (changes.isEmpty() && !counters) {
            return;
        }
        save(edited, seenVersion);
        if (!changes.isEmpty()) {
            history.append(id, now, Party.SPONSOR.name(), Step.EDITED, null, String.join(" ", changes));
        }
        events.publishEvent(new AdRequestEdited(id, edited.campaignId(), sponsorId, influencerId, previousInfluencer,
                paymentMinor, now));
        if (counters) {
            history.append(id, now, Party.SPONSOR.name(), Step.OFFERED, paymentMinor, "New payment set in an edit.");
            events.publishEvent(new OfferMade(id, edited.campaignId(), sponsorId, influencerId, Party.SPONSOR, paymentMinor,
                    "New payment set in an edit.", now));
        }
    }

    /**
     * Accepts the other side's latest offer at its amount, if the campaign's budget still covers it.
     * The budget guard is one conditional update of the committed total, so two acceptances at the
     * same moment cannot both pass.
     */
    void accept(Party by, UUID userId, UUID id, int seenVersion) {
        AdRequest current = current(by, userId, id, seenVersion);
        refuseIf(current.whyCannotAccept(by));
        Instant now = clock.instant();
        if (!ledger.commit(current.campaignId(), current.offerMinor())) {
            Campaign campaign = ledger.find(current.campaignId()).orElseThrow(AdRequestService::notFound);
            throw new AdRequestRefusedException("Accepting " + money.describe(current.offerMinor()) + " would bring the "
                    + "accepted total of \"" + campaign.name() + "\" to " + money.describe(campaign.committedMinor()
                    + current.offerMinor()) + ", above its budget of " + money.describe(campaign.budgetMinor())
                    + ". Nothing was changed.");
        }
        AdRequest accepted = current.accepted(now);
        save(accepted, seenVersion);
        history.append(id, now, by.name(), Step.ACCEPTED, accepted.agreedMinor(), "");
        events.publishEvent(new AdRequestAccepted(id, current.campaignId(), current.sponsorId(), current.influencerId(), by,
                accepted.agreedMinor(), current.dueDate(), now));
        commitmentChanged(current.campaignId());
    }

    /** Answers the other side's latest offer with a new amount and a message. */
    void counter(Party by, UUID userId, UUID id, int seenVersion, long amountMinor, String message) {
        AdRequest current = current(by, userId, id, seenVersion);
        refuseIf(current.whyCannotCounter(by));
        if (amountMinor == current.offerMinor()) {
            throw new FieldRefusedException("amount",
                    "That is the current offer. Accept it instead, or offer a different amount.");
        }
        Instant now = clock.instant();
        save(current.countered(by, amountMinor, now), seenVersion);
        history.append(id, now, by.name(), Step.OFFERED, amountMinor, message);
        events.publishEvent(new OfferMade(id, current.campaignId(), current.sponsorId(), current.influencerId(), by,
                amountMinor, message, now));
    }

    void reject(Party by, UUID userId, UUID id, int seenVersion, String reason) {
        AdRequest current = current(by, userId, id, seenVersion);
        refuseIf(current.whyCannotReject());
        Instant now = clock.instant();
        save(current.closed(Status.REJECTED, reason, now), seenVersion);
        history.append(id, now, by.name(), Step.REJECTED, null, reason);
        events.publishEvent(new AdRequestRejected(id, current.campaignId(), current.sponsorId(), current.influencerId(), by,
                reason, now));
    }

    /** The sponsor calls off an open or accepted request; an accepted amount goes back to the campaign. */
    void cancel(UUID sponsorId, UUID id, int seenVersion, String reason) {
        AdRequest current = current(Party.SPONSOR, sponsorId, id, seenVersion);
        refuseIf(current.whyCannotCancel());
        cancel(current, seenVersion, Party.SPONSOR.name(), reason);
    }

    /** The sponsor closes a collaboration whose deliverables are all approved. */
    void complete(UUID sponsorId, UUID id, int seenVersion) {
        AdRequest current = current(Party.SPONSOR, sponsorId, id, seenVersion);
        refuseIf(current.whyCannotComplete(deliverables.of(id)));
        Instant now = clock.instant();
        save(current.closed(Status.COMPLETED, null, now), seenVersion);
        history.append(id, now, Party.SPONSOR.name(), Step.COMPLETED, current.agreedMinor(), "");
        events.publishEvent(new AdRequestCompleted(id, current.campaignId(), sponsorId, current.influencerId(),
                current.agreedMinor(), now));
    }

    void delete(UUID sponsorId, UUID id, int seenVersion) {
        AdRequest current = current(Party.SPONSOR, sponsorId, id, seenVersion);
        refuseIf(current.whyCannotDelete());
        if (!requests.delete(id, seenVersion)) {
            throw new StaleAdRequestException();
        }
        events.publishEvent(new AdRequestDeleted(id, current.campaignId(), sponsorId, current.influencerId(),
                clock.instant()));
    }

    /** Applies an admin's flag on an ad request, which freezes it until lifted. */
    void flag(UUID id, boolean flagged, String reason) {
        requests.flag(id, flagged, reason);
    }

    /** The campaign is gone: its open and accepted requests are cancelled, with a note saying why. */
    void cancelAllOf(UUID campaignId, String campaignName) {
        ledger.deleted(campaignId);
        String note = "Cancelled because the sponsor deleted the campaign \"" + campaignName + "\".";
        for (AdRequest request : requests.unsettledOf(campaignId)) {
            cancel(request, request.version(), "SYSTEM", note);
        }
    }

    private void cancel(AdRequest current, int seenVersion, String actor, String note) {
        Instant now = clock.instant();
        long released = current.status() == Status.ACCEPTED ? current.agreedMinor() : 0;
        save(current.closed(Status.CANCELLED, note, now), seenVersion);
        history.append(current.id(), now, actor, Step.CANCELLED, released == 0 ? null : released, note);
        events.publishEvent(new AdRequestCancelled(current.id(), current.campaignId(), current.sponsorId(),
                current.influencerId(), released, note, now));
        if (released > 0) {
            ledger.release(current.campaignId(), released);
            commitmentChanged(current.campaignId());
        }
    }

    @Transactional(readOnly = true)
    AdRequest of(Party party, UUID userId, UUID id) {
        return requests.findOf(party, userId, id).orElseThrow(AdRequestService::notFound);
    }

    /** Everything the request's page shows. */
    @Transactional(readOnly = true)
    Detail detail(Party party, UUID userId, UUID id) {
        return detail(of(party, userId, id));
    }

    /** The request as the admin sees it, read-only. */
    @Transactional(readOnly = true)
    Detail detailForAdmin(UUID id) {
        return detail(requests.find(id).orElseThrow(AdRequestService::notFound));
    }

    private Detail detail(AdRequest request) {
        return new Detail(request, ledger.find(request.campaignId()).orElseThrow(AdRequestService::notFound),
                parties.sponsorName(request.sponsorId()).orElse(""),
                parties.influencer(request.influencerId()).orElseThrow(AdRequestService::notFound),
                history.of(request.id()), deliverables.of(request.id()), payments.of(request.id()), today());
    }

    @Transactional(readOnly = true)
    Page<Listing> inbox(UUID influencerId, String filter, Pageable pageable) {
        return requests.inbox(influencerId, filter, pageable);
    }

    @Transactional(readOnly = true)
    Page<Listing> ofSponsor(UUID sponsorId, UUID campaignId, String filter, Pageable pageable) {
        return requests.ofSponsor(sponsorId, campaignId, filter, pageable);
    }

    /** The sponsor's campaigns with their requests by status and the agreed amounts. */
    @Transactional(readOnly = true)
    CampaignTallies byCampaign(UUID sponsorId, Pageable pageable) {
        Page<Campaign> campaigns = ledger.ofSponsor(sponsorId, pageable);
        return new CampaignTallies(campaigns, requests.talliesOf(campaigns.map(Campaign::id).getContent()));
    }

    @Transactional(readOnly = true)
    Figures figures(UUID influencerId) {
        return requests.figuresOf(influencerId);
    }

    /** The sponsor's campaigns that may still take ad requests. */
    @Transactional(readOnly = true)
    List<Campaign> openCampaignsOf(UUID sponsorId) {
        return ledger.openOf(sponsorId, today());
    }

    @Transactional(readOnly = true)
    Campaign ownCampaign(UUID sponsorId, UUID campaignId) {
        return ledger.find(campaignId).filter(c -> c.sponsorId().equals(sponsorId) && !c.deleted())
            .orElseThrow(AdRequestService::notFound);
    }

    /** A campaign the influencer may ask to join; any other answers 404, as discovery does. */
    @Transactional(readOnly = true)
    Campaign joinable(UUID campaignId) {
        return ledger.find(campaignId).filter(c -> c.joinableOn(today())).orElseThrow(AdRequestService::notFound);
    }

    @Transactional(readOnly = true)
    List<Influencer> influencersNamed(String prefix) {
        return prefix == null || prefix.isBlank() ? List.of() : parties.influencersNamed(prefix, 20);
    }

    /** The influencer, if they may receive ad requests. */
    @Transactional(readOnly = true)
    Optional<Influencer> addressable(UUID influencerId) {
        return influencerId == null ? Optional.empty()
                : parties.influencer(influencerId).filter(influencer -> !influencer.suspended());
    }

    @Transactional(readOnly = true)
    Influencer influencer(UUID influencerId) {
        return parties.influencer(influencerId).orElseThrow(AdRequestService::notFound);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The request as the side's user sees it, if it is still at the version they saw and not frozen. */
    AdRequest current(Party party, UUID userId, UUID id, int seenVersion) {
        AdRequest current = of(party, userId, id);
        if (current.version() != seenVersion) {
            throw new StaleAdRequestException();
        }
        refuseIf(current.whyFrozen());
        return current;
    }

    private void save(AdRequest changed, int seenVersion) {
        if (!requests.save(changed, seenVersion)) {
            throw new StaleAdRequestException();
        }
    }

    private void commitmentChanged(UUID campaignId) {
        ledger.find(campaignId).ifPresent(campaign ->
                events.publishEvent(new CampaignCommitmentChanged(campaignId, campaign.committedMinor())));
    }

    private Influencer addressableOrRefused(UUID influencerId) {
        return addressable(influencerId)
            .orElseThrow(() -> new FieldRefusedException("influencerId", "Choose an influencer who can receive ad requests."));
    }

    private void refuseSecondOpenRequest(Campaign campaign, Influencer influencer, String field, String message) {
        if (requests.openExists(campaign.id(), influencer.id())) {
            throw new FieldRefusedException(field, message);
        }
    }

    private void checkDueDate(LocalDate dueDate, Campaign campaign) {
        if (dueDate == null) {
            return;
        }
        if (dueDate.isBefore(today())) {
            throw new FieldRefusedException("dueDate", "The due date cannot be in the past.");
        }
        if (dueDate.isAfter(campaign.endDate())) {
            throw new FieldRefusedException("dueDate", "The due date must be on or before the campaign's end, "
                    + campaign.endDate() + ".");
        }
    }

    private void checkWithinBudget(long paymentMinor, Campaign campaign, String field) {
        if (paymentMinor > campaign.budgetMinor()) {
            throw new FieldRefusedException(field, "The payment is more than the campaign's whole budget of "
                    + money.describe(campaign.budgetMinor()) + ".");
        }
    }

    static void refuseIf(String refusal) {
        if (refusal != null) {
            throw new AdRequestRefusedException(refusal);
        }
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** An ad request with the names, thread, deliverables and payments its page shows. */
    record Detail(AdRequest request, Campaign campaign, String sponsorName, Influencer influencer, List<Entry> history,
            List<Deliverable> deliverables, List<Payment> payments, LocalDate today) {

        public long offerCount() {
            return history.stream().filter(Entry::offer).count();
        }

        /** The position of the thread's last entry. */
        public int lastPosition() {
            return history.isEmpty() ? 0 : history.get(history.size() - 1).position();
        }

        public boolean overdue() {
            return request.overdueOn(today, deliverables);
        }

        public boolean collaboration() {
            return request.status() == Status.ACCEPTED || request.status() == Status.COMPLETED;
        }

        public boolean canComplete() {
            return !request.flagged() && request.whyCannotComplete(deliverables) == null;
        }

        /** Why the sponsor cannot complete it yet, for an accepted deal; null otherwise. */
        public String completionBlocker() {
            return request.status() == Status.ACCEPTED ? request.whyCannotComplete(deliverables) : null;
        }

        public boolean canDeliver() {
            return !request.flagged() && request.whyCannotDeliver() == null;
        }

        public long paidMinor() {
            return payments.stream().mapToLong(Payment::amountMinor).sum();
        }

        public long outstandingMinor() {
            return request.status() == Status.COMPLETED ? request.agreedMinor() - paidMinor() : 0;
        }

        public boolean canRecordPayment() {
            return !request.flagged() && request.whyCannotRecordPayment() == null && outstandingMinor() > 0;
        }
    }

    /** A page of campaigns with their requests' tallies by status. */
    record CampaignTallies(Page<Campaign> campaigns, Map<UUID, Map<Status, Tally>> tallies) {

        public long paidMinor(UUID campaignId) {
            Tally completed = tallies.getOrDefault(campaignId, Map.of()).get(Status.COMPLETED);
            return completed == null ? 0 : completed.paidMinor();
        }

        public int count(UUID campaignId, Status status) {
            Tally tally = tallies.getOrDefault(campaignId, Map.of()).get(status);
            return tally == null ? 0 : tally.count();
        }

        public long agreedMinor(UUID campaignId) {
            return tallies.getOrDefault(campaignId, Map.of()).entrySet().stream()
                .filter(entry -> entry.getKey() == Status.ACCEPTED || entry.getKey() == Status.COMPLETED)
                .mapToLong(entry -> entry.getValue().agreedMinor())
                .sum();
        }
    }
}
