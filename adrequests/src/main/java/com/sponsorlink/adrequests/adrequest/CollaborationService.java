package com.sponsorlink.adrequests.adrequest;

import static com.sponsorlink.adrequests.adrequest.AdRequestService.refuseIf;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.sponsorlink.adrequests.adrequest.AdRequests.Listing;
import com.sponsorlink.adrequests.adrequest.AdRequests.Settlement;
import com.sponsorlink.adrequests.adrequest.NegotiationHistory.Step;
import com.sponsorlink.adrequests.adrequest.Payments.Payment;
import com.sponsorlink.adrequests.events.DeliverableReviewed;
import com.sponsorlink.adrequests.events.DeliverableSubmitted;
import com.sponsorlink.adrequests.events.MessageSent;
import com.sponsorlink.adrequests.events.Party;
import com.sponsorlink.adrequests.events.PaymentConfirmed;
import com.sponsorlink.adrequests.events.PaymentRecorded;
import com.sponsorlink.campaigns.events.CampaignSpendPaid;

/**
 * After the deal: the thread's messages, the deliverables the influencer hands in and the sponsor
 * reviews, and the payments the sponsor records and the influencer confirms. Each step is taken by
 * one side on a request looked up together with that side's user (anyone else gets 404), is written
 * to the thread both sides read, and is published for the contexts that notify and count.
 */
@Service
@Transactional
class CollaborationService {

    private final AdRequestService adRequests;
    private final AdRequests requests;
    private final NegotiationHistory thread;
    private final Deliverables deliverables;
    private final Payments payments;
    private final Money money;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CollaborationService(AdRequestService adRequests, AdRequests requests, NegotiationHistory thread,
            Deliverables deliverables, Payments payments, Money money, ApplicationEventPublisher events, Clock clock) {
        this.adRequests = adRequests;
        this.requests = requests;
        this.thread = thread;
        this.deliverables = deliverables;
        this.payments = payments;
        this.money = money;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A message in the thread. Messages do not change the request, so an offer form open on the
     * other side stays valid while they talk; only a frozen request takes none.
     */
    void sendMessage(Party by, UUID userId, UUID id, String text) {
        AdRequest request = adRequests.of(by, userId, id);
        refuseIf(request.whyFrozen());
        Instant now = clock.instant();
        thread.append(id, now, by.name(), Step.MESSAGE, null, text);
        events.publishEvent(new MessageSent(id, request.campaignId(), request.sponsorId(), request.influencerId(), by, text,
                now));
    }

    /** How far the side had read the thread when they last opened it; the entries after it are new to them. */
    @Transactional(readOnly = true)
    int readUpTo(Party side, UUID id) {
        return thread.readUpTo(id, side);
    }

    /**
     * Records that the side has now read the thread up to {@code position}. Only called when there
     * is something new, so opening a page already read takes no write lock.
     */
    void read(Party side, UUID userId, UUID id, int position) {
        adRequests.of(side, userId, id);
        thread.read(id, side, position);
    }

    /** The influencer hands in a new deliverable of an agreed deal. */
    UUID submit(UUID influencerId, UUID id, int seenVersion, String title, String link, String note) {
        AdRequest request = adRequests.current(Party.INFLUENCER, influencerId, id, seenVersion);
        refuseIf(request.whyCannotDeliver());
        Instant now = clock.instant();
        Deliverable deliverable = Deliverable.submitted(id, title, link, note, now);
        deliverables.insert(deliverable);
        touch(request, seenVersion, now);
        thread.append(id, now, Party.INFLUENCER.name(), Step.SUBMITTED, null, title + withNote(note), deliverable.id(), link);
        events.publishEvent(new DeliverableSubmitted(deliverable.id(), id, request.campaignId(), request.sponsorId(),
                influencerId, title, 1, now));
        return deliverable.id();
    }

    /** The influencer hands a deliverable in again after the sponsor asked for changes. */
    void resubmit(UUID influencerId, UUID id, UUID deliverableId, int seenVersion, String link, String note) {
        AdRequest request = adRequests.current(Party.INFLUENCER, influencerId, id, seenVersion);
        Deliverable current = deliverables.find(id, deliverableId).orElseThrow(AdRequestService::notFound);
        refuseIf(request.whyCannotDeliver());
        refuseIf(current.whyCannotResubmit());
        Instant now = clock.instant();
        Deliverable again = new Deliverable(current.id(), id, current.title(), link, note, Deliverable.Review.SUBMITTED,
                current.feedback(), current.submissions() + 1, now, current.reviewedAt());
        save(current, again);
        touch(request, seenVersion, now);
        thread.append(id, now, Party.INFLUENCER.name(), Step.RESUBMITTED, null, current.title() + withNote(note),
                deliverableId, link);
        events.publishEvent(new DeliverableSubmitted(deliverableId, id, request.campaignId(), request.sponsorId(),
                influencerId, current.title(), again.submissions(), now));
    }

    /**
     * The sponsor approves a deliverable waiting for review, or sends it back with feedback, which
     * then may not be empty.
     */
    void review(UUID sponsorId, UUID id, UUID deliverableId, int seenVersion, boolean approve, String feedback) {
        AdRequest request = adRequests.current(Party.SPONSOR, sponsorId, id, seenVersion);
        Deliverable current = deliverables.find(id, deliverableId).orElseThrow(AdRequestService::notFound);
        refuseIf(request.whyCannotDeliver());
        refuseIf(current.whyCannotReview());
        if (!approve && feedback.isBlank()) {
            throw new FieldRefusedException("feedback", "Say what should change, so the influencer knows what to do.");
        }
        Instant now = clock.instant();
        Deliverable reviewed = new Deliverable(current.id(), id, current.title(), current.link(), current.note(),
                approve ? Deliverable.Review.APPROVED : Deliverable.Review.CHANGES_REQUESTED, feedback, current.submissions(),
                current.submittedAt(), now);
        save(current, reviewed);
        touch(request, seenVersion, now);
        thread.append(id, now, Party.SPONSOR.name(), approve ? Step.APPROVED : Step.CHANGES_REQUESTED, null,
                current.title() + withNote(feedback), deliverableId, null);
        boolean allApproved = Deliverable.allApproved(deliverables.of(id));
        events.publishEvent(new DeliverableReviewed(deliverableId, id, request.campaignId(), sponsorId,
                request.influencerId(), current.title(), approve, feedback, allApproved, now));
    }

    /**
     * The sponsor records a payment made outside the platform. Payments add up to at most the
     * agreed amount: the check is part of the one update that adds it.
     */
    UUID recordPayment(UUID sponsorId, UUID id, int seenVersion, long amountMinor, LocalDate paidDate, String reference) {
        AdRequest request = adRequests.current(Party.SPONSOR, sponsorId, id, seenVersion);
        refuseIf(request.whyCannotRecordPayment());
        if (paidDate.isAfter(adRequests.today())) {
            throw new FieldRefusedException("paidDate", "Record a payment once it is made; the date cannot be in the future.");
        }
        Instant now = clock.instant();
        if (!requests.addPayment(request, seenVersion, amountMinor, now)) {
            long paid = requests.paidOf(id);
            if (paid + amountMinor > request.agreedMinor()) {
                throw new FieldRefusedException("amount", "That is more than is outstanding: " + money.describe(request.agreedMinor())
                        + " was agreed and " + money.describe(paid) + " is recorded, so at most "
                        + money.describe(request.agreedMinor() - paid) + " can still be paid.");
            }
            throw new StaleAdRequestException();
        }
        Payment payment = new Payment(UUID.randomUUID(), id, amountMinor, paidDate, reference, now, null);
        payments.insert(payment);
        long paid = requests.paidOf(id);
        thread.append(id, now, Party.SPONSOR.name(), Step.PAYMENT_RECORDED, amountMinor,
                "Paid on " + paidDate + ", reference " + reference + ". " + money.describe(paid) + " of "
                        + money.describe(request.agreedMinor()) + " paid.");
        events.publishEvent(new PaymentRecorded(payment.id(), id, request.campaignId(), sponsorId, request.influencerId(),
                amountMinor, paid, request.agreedMinor(), paidDate, reference, now));
        events.publishEvent(new CampaignSpendPaid(request.campaignId(), requests.paidOfCampaign(request.campaignId())));
        return payment.id();
    }

    /** The influencer confirms a recorded payment arrived; once. */
    void confirmPayment(UUID influencerId, UUID id, UUID paymentId) {
        AdRequest request = adRequests.of(Party.INFLUENCER, influencerId, id);
        refuseIf(request.whyFrozen());
        Payment payment = payments.find(id, paymentId).orElseThrow(AdRequestService::notFound);
        Instant now = clock.instant();
        if (!payments.confirm(paymentId, now)) {
            throw new AdRequestRefusedException("You already confirmed this payment of " + money.describe(payment.amountMinor())
                    + ".");
        }
        thread.append(id, now, Party.INFLUENCER.name(), Step.PAYMENT_CONFIRMED, payment.amountMinor(),
                "Reference " + payment.reference() + ".");
        events.publishEvent(new PaymentConfirmed(paymentId, id, request.campaignId(), request.sponsorId(), influencerId,
                payment.amountMinor(), now));
    }

    /** The side's deals past their due date with work not yet approved. */
    @Transactional(readOnly = true)
    List<Listing> overdue(Party side, UUID userId, int limit) {
        return requests.overdueOf(side, userId, adRequests.today(), limit);
    }

    /** Completed collaborations, agreed and paid: the influencer's from their tally, the sponsor's from their campaigns. */
    @Transactional(readOnly = true)
    Settlement settlement(Party side, UUID userId) {
        return side == Party.INFLUENCER ? requests.figuresOf(userId).settlement() : requests.settlementOfSponsor(userId);
    }

    private void save(Deliverable from, Deliverable to) {
        if (!deliverables.save(from, to)) {
            throw new StaleAdRequestException();
        }
    }

    private void touch(AdRequest request, int seenVersion, Instant now) {
        if (!requests.touch(request.id(), seenVersion, now)) {
            throw new StaleAdRequestException();
        }
    }

    private static String withNote(String note) {
        return note == null || note.isBlank() ? "" : "\n" + note;
    }
}
