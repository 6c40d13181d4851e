package com.sponsorlink.adrequests.adrequest;

import static com.sponsorlink.adrequests.persistence.jooq.Tables.ADREQUESTS_AD_REQUESTS;
import static com.sponsorlink.adrequests.persistence.jooq.Tables.ADREQUESTS_CAMPAIGNS;
import static com.sponsorlink.adrequests.persistence.jooq.Tables.ADREQUESTS_DELIVERABLES;
import static com.sponsorlink.adrequests.persistence.jooq.Tables.ADREQUESTS_INFLUENCER_TALLIES;
import static com.sponsorlink.adrequests.persistence.jooq.Tables.ADREQUESTS_INFLUENCERS;
import static com.sponsorlink.adrequests.persistence.jooq.Tables.ADREQUESTS_SPONSORS;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.sum;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;

import com.sponsorlink.adrequests.events.Party;

/**
 * Ad requests in the ad requests tables, and the lists and figures the pages show. Every insert,
 * change and delete also moves the request in its influencer's tally, in the same transaction, so
 * the influencer's figures and inbox count never add up their whole history on a page view.
 */
@Repository
class AdRequests {

    private static final List<String> OPEN = List.of(Status.PENDING.name(), Status.NEGOTIATING.name());

    private final DSLContext db;

    AdRequests(DSLContext db) {
        this.db = db;
    }

    void insert(AdRequest request) {
        db.insertInto(ADREQUESTS_AD_REQUESTS)
            .set(ADREQUESTS_AD_REQUESTS.ID, request.id().toString())
            .set(ADREQUESTS_AD_REQUESTS.CAMPAIGN_ID, request.campaignId().toString())
            .set(ADREQUESTS_AD_REQUESTS.SPONSOR_ID, request.sponsorId().toString())
            .set(ADREQUESTS_AD_REQUESTS.INFLUENCER_ID, request.influencerId().toString())
            .set(ADREQUESTS_AD_REQUESTS.STARTED_BY, request.startedBy().name())
            .set(ADREQUESTS_AD_REQUESTS.REQUIREMENTS, request.requirements())
            .set(ADREQUESTS_AD_REQUESTS.DUE_DATE, request.dueDate())
            .set(ADREQUESTS_AD_REQUESTS.STATUS, request.status().name())
            .set(ADREQUESTS_AD_REQUESTS.OFFER_MINOR, request.offerMinor())
            .set(ADREQUESTS_AD_REQUESTS.OFFERED_BY, request.offeredBy().name())
            .set(ADREQUESTS_AD_REQUESTS.OFFERS, request.offers())
            .set(ADREQUESTS_AD_REQUESTS.CREATED_AT, request.createdAt())
            .set(ADREQUESTS_AD_REQUESTS.UPDATED_AT, request.updatedAt())
            .execute();
        tallyIn(Counted.of(request));
    }

    /**
     * Saves a change made on the version the user saw; returns false when someone else changed the
     * request meanwhile, so no update is ever lost.
     */
    boolean save(AdRequest changed, int seenVersion) {
        Optional<Counted> before = counted(changed.id(), seenVersion);
        if (before.isEmpty()) {
            return false;
        }
        boolean saved = db.update(ADREQUESTS_AD_REQUESTS)
            .set(ADREQUESTS_AD_REQUESTS.INFLUENCER_ID, changed.influencerId().toString())
            .set(ADREQUESTS_AD_REQUESTS.REQUIREMENTS, changed.requirements())
            .set(ADREQUESTS_AD_REQUESTS.DUE_DATE, changed.dueDate())
            .set(ADREQUESTS_AD_REQUESTS.STATUS, changed.status().name())
            .set(ADREQUESTS_AD_REQUESTS.OFFER_MINOR, changed.offerMinor())
            .set(ADREQUESTS_AD_REQUESTS.OFFERED_BY, changed.offeredBy().name())
            .set(ADREQUESTS_AD_REQUESTS.OFFERS, changed.offers())
            .set(ADREQUESTS_AD_REQUESTS.AGREED_MINOR, changed.agreedMinor())
            .set(ADREQUESTS_AD_REQUESTS.CLOSING_NOTE, changed.closingNote())
            .set(ADREQUESTS_AD_REQUESTS.UPDATED_AT, changed.updatedAt())
            .set(ADREQUESTS_AD_REQUESTS.VERSION, ADREQUESTS_AD_REQUESTS.VERSION.plus(1))
            .where(ADREQUESTS_AD_REQUESTS.ID.eq(changed.id().toString()))
            .and(ADREQUESTS_AD_REQUESTS.VERSION.eq(seenVersion))
            .execute() == 1;
        if (saved) {
            move(before.get(), Counted.of(changed));
        }
        return saved;
    }

    /** An admin's flag; it counts as a change, so a page opened before it cannot act as if it were not there. */
    void flag(UUID id, boolean flagged, String reason) {
        db.update(ADREQUESTS_AD_REQUESTS)
            .set(ADREQUESTS_AD_REQUESTS.FLAGGED, flagged)
            .set(ADREQUESTS_AD_REQUESTS.FLAG_REASON, flagged ? reason : null)
            .set(ADREQUESTS_AD_REQUESTS.VERSION, ADREQUESTS_AD_REQUESTS.VERSION.plus(1))
            .where(ADREQUESTS_AD_REQUESTS.ID.eq(id.toString()))
            .execute();
    }

    /**
     * Marks a step of the collaboration (a deliverable handed in or reviewed) as a change of the
     * request, so a page opened before it cannot act as if it had not happened; false when stale.
     */
    boolean touch(UUID id, int seenVersion, Instant now) {
        return db.update(ADREQUESTS_AD_REQUESTS)
            .set(ADREQUESTS_AD_REQUESTS.UPDATED_AT, now)
            .set(ADREQUESTS_AD_REQUESTS.VERSION, ADREQUESTS_AD_REQUESTS.VERSION.plus(1))
            .where(ADREQUESTS_AD_REQUESTS.ID.eq(id.toString()))
            .and(ADREQUESTS_AD_REQUESTS.VERSION.eq(seenVersion))
            .execute() == 1;
    }

    /**
     * Adds a payment to the completed request's paid total in one conditional update, so the total
     * can never pass the agreed amount, however many recordings race; false when it would, or when
     * the request changed since the version seen.
     */
    boolean addPayment(AdRequest request, int seenVersion, long amountMinor, Instant now) {
        boolean added = db.update(ADREQUESTS_AD_REQUESTS)
            .set(ADREQUESTS_AD_REQUESTS.PAID_MINOR, ADREQUESTS_AD_REQUESTS.PAID_MINOR.plus(amountMinor))
            .set(ADREQUESTS_AD_REQUESTS.UPDATED_AT, now)
            .set(ADREQUESTS_AD_REQUESTS.VERSION, ADREQUESTS_AD_REQUESTS.VERSION.plus(1))
            .where(ADREQUESTS_AD_REQUESTS.ID.eq(request.id().toString()))
            .and(ADREQUESTS_AD_REQUESTS.VERSION.eq(seenVersion))
            .and(ADREQUESTS_AD_REQUESTS.STATUS.eq(Status.COMPLETED.name()))
            .and(ADREQUESTS_AD_REQUESTS.PAID_MINOR.plus(amountMinor).le(ADREQUESTS_AD_REQUESTS.AGREED_MINOR))
            .execute() == 1;
        if (added) {
            var tally = ADREQUESTS_INFLUENCER_TALLIES;
            db.update(tally)
                .set(tally.PAID_MINOR, tally.PAID_MINOR.plus(amountMinor))
                .where(tally.INFLUENCER_ID.eq(request.influencerId().toString()))
                .and(tally.STATUS.eq(Status.COMPLETED.name()))
                .and(tally.OFFERED_BY.eq(request.offeredBy().name()))
                .execute();
        }
        return added;
    }

    long paidOf(UUID id) {
        return db.select(ADREQUESTS_AD_REQUESTS.PAID_MINOR).from(ADREQUESTS_AD_REQUESTS)
            .where(ADREQUESTS_AD_REQUESTS.ID.eq(id.toString()))
            .fetchOptional(ADREQUESTS_AD_REQUESTS.PAID_MINOR).orElse(0L);
    }

    /** Everything paid against the campaign's collaborations. */
    long paidOfCampaign(UUID campaignId) {
        Long paid = db.select(sum(ADREQUESTS_AD_REQUESTS.PAID_MINOR).cast(Long.class)).from(ADREQUESTS_AD_REQUESTS)
            .where(ADREQUESTS_AD_REQUESTS.CAMPAIGN_ID.eq(campaignId.toString()))
            .and(ADREQUESTS_AD_REQUESTS.STATUS.eq(Status.COMPLETED.name()))
            .fetchOne(0, Long.class);
        return paid == null ? 0 : paid;
    }

    /**
     * What the sponsor's completed collaborations agreed, and how much of it was paid, summed from
     * the campaign index per campaign of theirs rather than from the rows.
     */
    Settlement settlementOfSponsor(UUID sponsorId) {
        var row = db.select(count(), sum(ADREQUESTS_AD_REQUESTS.AGREED_MINOR).cast(Long.class),
                    sum(ADREQUESTS_AD_REQUESTS.PAID_MINOR).cast(Long.class))
            .from(ADREQUESTS_AD_REQUESTS)
            .where(ADREQUESTS_AD_REQUESTS.CAMPAIGN_ID.in(db.select(ADREQUESTS_CAMPAIGNS.CAMPAIGN_ID).from(ADREQUESTS_CAMPAIGNS)
                .where(ADREQUESTS_CAMPAIGNS.SPONSOR_ID.eq(sponsorId.toString()))))
            .and(ADREQUESTS_AD_REQUESTS.STATUS.eq(Status.COMPLETED.name()))
            .fetchSingle();
        return new Settlement(row.value1(), row.value2() == null ? 0 : row.value2(), row.value3() == null ? 0 : row.value3());
    }

    /**
     * The side's agreed deals past their due date whose deliverables are not all approved (or not
     * handed in at all), the longest overdue first.
     */
    List<Listing> overdueOf(Party side, UUID userId, LocalDate today, int limit) {
        var owner = side == Party.SPONSOR ? ADREQUESTS_AD_REQUESTS.SPONSOR_ID : ADREQUESTS_AD_REQUESTS.INFLUENCER_ID;
        var deliverables = ADREQUESTS_DELIVERABLES;
        Condition where = owner.eq(userId.toString())
            .and(ADREQUESTS_AD_REQUESTS.STATUS.eq(Status.ACCEPTED.name()))
            .and(ADREQUESTS_AD_REQUESTS.DUE_DATE.lt(today))
            .and(DSL.notExists(DSL.selectOne().from(deliverables)
                .where(deliverables.AD_REQUEST_ID.eq(ADREQUESTS_AD_REQUESTS.ID)))
                .or(DSL.exists(DSL.selectOne().from(deliverables)
                    .where(deliverables.AD_REQUEST_ID.eq(ADREQUESTS_AD_REQUESTS.ID))
                    .and(deliverables.STATUS.ne(Deliverable.Review.APPROVED.name())))));
        // the ids first, from the one table: usually there are none, and then the names are never joined
        List<String> ids = db.select(ADREQUESTS_AD_REQUESTS.ID).from(ADREQUESTS_AD_REQUESTS)
            .where(where)
            .orderBy(ADREQUESTS_AD_REQUESTS.DUE_DATE.asc())
            .limit(limit)
            .fetch(ADREQUESTS_AD_REQUESTS.ID);
        return ids.isEmpty() ? List.of()
                : listings(ADREQUESTS_AD_REQUESTS.ID.in(ids), ADREQUESTS_AD_REQUESTS.DUE_DATE.asc(), ADREQUESTS_AD_REQUESTS.ID.asc(),
                        limit, 0);
    }

    boolean delete(UUID id, int seenVersion) {
        Optional<Counted> before = counted(id, seenVersion);
        if (before.isEmpty()) {
            return false;
        }
        boolean deleted = db.deleteFrom(ADREQUESTS_AD_REQUESTS)
            .where(ADREQUESTS_AD_REQUESTS.ID.eq(id.toString()))
            .and(ADREQUESTS_AD_REQUESTS.VERSION.eq(seenVersion))
            .execute() == 1;
        if (deleted) {
            tallyOut(before.get());
        }
        return deleted;
    }

    /**
     * What the tally knows of the request as it stands at that version. The update or delete that
     * follows checks the same version, so when it succeeds this is exactly what it replaced.
     */
    private Optional<Counted> counted(UUID id, int version) {
        return db.select(ADREQUESTS_AD_REQUESTS.INFLUENCER_ID, ADREQUESTS_AD_REQUESTS.STATUS, ADREQUESTS_AD_REQUESTS.OFFERED_BY,
                    ADREQUESTS_AD_REQUESTS.AGREED_MINOR)
            .from(ADREQUESTS_AD_REQUESTS)
            .where(ADREQUESTS_AD_REQUESTS.ID.eq(id.toString()))
            .and(ADREQUESTS_AD_REQUESTS.VERSION.eq(version))
            .fetchOptional(r -> new Counted(r.value1(), r.value2(), r.value3(), r.value4() == null ? 0 : r.value4()));
    }

    private void move(Counted from, Counted to) {
        if (from.equals(to)) {
            return;
        }
        // two changes of one influencer's tally always lock its rows in the same order, so on
        // PostgreSQL they wait for each other instead of deadlocking
        if (from.compareTo(to) < 0) {
            tallyOut(from);
            tallyIn(to);
        }
        else {
            tallyIn(to);
            tallyOut(from);
        }
    }

    private void tallyIn(Counted request) {
        var tally = ADREQUESTS_INFLUENCER_TALLIES;
        db.insertInto(tally)
            .set(tally.INFLUENCER_ID, request.influencerId())
            .set(tally.STATUS, request.status())
            .set(tally.OFFERED_BY, request.offeredBy())
            .set(tally.REQUESTS, 1L)
            .set(tally.AGREED_MINOR, request.agreedMinor())
            .onConflict(tally.INFLUENCER_ID, tally.STATUS, tally.OFFERED_BY)
            .doUpdate()
            .set(tally.REQUESTS, tally.REQUESTS.plus(1))
            .set(tally.AGREED_MINOR, tally.AGREED_MINOR.plus(request.agreedMinor()))
            .execute();
    }

    private void tallyOut(Counted request) {
        var tally = ADREQUESTS_INFLUENCER_TALLIES;
        db.update(tally)
            .set(tally.REQUESTS, tally.REQUESTS.minus(1))
            .set(tally.AGREED_MINOR, tally.AGREED_MINOR.minus(request.agreedMinor()))
            .where(tally.INFLUENCER_ID.eq(request.influencerId()))
            .and(tally.STATUS.eq(request.status()))
            .and(tally.OFFERED_BY.eq(request.offeredBy()))
            .execute();
    }

    Optional<AdRequest> find(UUID id) {
        return db.selectFrom(ADREQUESTS_AD_REQUESTS)
            .where(ADREQUESTS_AD_REQUESTS.ID.eq(id.toString()))
            .fetchOptional(AdRequests::toAdRequest);
    }

    /** The request if the user is its sponsor or its influencer; anyone else's is as good as absent. */
    Optional<AdRequest> findOf(Party party, UUID userId, UUID id) {
        return db.selectFrom(ADREQUESTS_AD_REQUESTS)
            .where(ADREQUESTS_AD_REQUESTS.ID.eq(id.toString()))
            .and(party == Party.SPONSOR ? ADREQUESTS_AD_REQUESTS.SPONSOR_ID.eq(userId.toString())
                    : ADREQUESTS_AD_REQUESTS.INFLUENCER_ID.eq(userId.toString()))
            .fetchOptional(AdRequests::toAdRequest);
    }

    boolean openExists(UUID campaignId, UUID influencerId) {
        return db.fetchExists(ADREQUESTS_AD_REQUESTS, ADREQUESTS_AD_REQUESTS.CAMPAIGN_ID.eq(campaignId.toString())
            .and(ADREQUESTS_AD_REQUESTS.INFLUENCER_ID.eq(influencerId.toString()))
            .and(ADREQUESTS_AD_REQUESTS.STATUS.in(OPEN)));
    }

    /** The campaign's requests that are still open or accepted: what deleting the campaign cancels. */
    List<AdRequest> unsettledOf(UUID campaignId) {
        return db.selectFrom(ADREQUESTS_AD_REQUESTS)
            .where(ADREQUESTS_AD_REQUESTS.CAMPAIGN_ID.eq(campaignId.toString()))
            .and(ADREQUESTS_AD_REQUESTS.STATUS.in(Status.PENDING.name(), Status.NEGOTIATING.name(), Status.ACCEPTED.name()))
            .fetch(AdRequests::toAdRequest);
    }

    /** A page of the influencer's ad requests, most recently changed first; the total comes from their tally. */
    Page<Listing> inbox(UUID influencerId, String filter, Pageable pageable) {
        Condition where = ADREQUESTS_AD_REQUESTS.INFLUENCER_ID.eq(influencerId.toString())
            .and(byFilter(filter, Party.INFLUENCER));
        return new PageImpl<>(listings(where, pageable), pageable, figuresOf(influencerId).matching(filter));
    }

    /** A page of the sponsor's ad requests, optionally of one campaign, most recently changed first. */
    Page<Listing> ofSponsor(UUID sponsorId, UUID campaignId, String filter, Pageable pageable) {
        Condition where = ADREQUESTS_AD_REQUESTS.SPONSOR_ID.eq(sponsorId.toString()).and(byFilter(filter, Party.SPONSOR));
        if (campaignId != null) {
            where = where.and(ADREQUESTS_AD_REQUESTS.CAMPAIGN_ID.eq(campaignId.toString()));
        }
        return new PageImpl<>(listings(where, pageable), pageable, db.fetchCount(ADREQUESTS_AD_REQUESTS, where));
    }

    /**
     * A status filter from a page: empty for all, {@code AWAITING} for requests waiting for the
     * viewer's answer, or a status name; anything else matches nothing.
     */
    private static Condition byFilter(String filter, Party viewer) {
        if (filter == null || filter.isBlank()) {
            return DSL.noCondition();
        }
        if ("AWAITING".equals(filter)) {
            return ADREQUESTS_AD_REQUESTS.STATUS.in(OPEN).and(ADREQUESTS_AD_REQUESTS.OFFERED_BY.eq(viewer.other().name()));
        }
        return ADREQUESTS_AD_REQUESTS.STATUS.eq(filter);
    }

    private List<Listing> listings(Condition where, Pageable pageable) {
        return listings(where, ADREQUESTS_AD_REQUESTS.UPDATED_AT.desc(), ADREQUESTS_AD_REQUESTS.ID.desc(), pageable.getPageSize(),
                pageable.getOffset());
    }

    private List<Listing> listings(Condition where, SortField<?> order, SortField<?> tieBreak, int limit, long offset) {
        return db.select(ADREQUESTS_AD_REQUESTS.ID, ADREQUESTS_AD_REQUESTS.CAMPAIGN_ID,
                    ADREQUESTS_CAMPAIGNS.NAME, ADREQUESTS_SPONSORS.ORGANISATION_NAME, ADREQUESTS_INFLUENCERS.DISPLAY_NAME,
                    ADREQUESTS_AD_REQUESTS.STATUS, ADREQUESTS_AD_REQUESTS.OFFER_MINOR, ADREQUESTS_AD_REQUESTS.OFFERED_BY,
                    ADREQUESTS_AD_REQUESTS.AGREED_MINOR, ADREQUESTS_AD_REQUESTS.DUE_DATE, ADREQUESTS_AD_REQUESTS.UPDATED_AT)
            .from(ADREQUESTS_AD_REQUESTS)
            .join(ADREQUESTS_CAMPAIGNS).on(ADREQUESTS_CAMPAIGNS.CAMPAIGN_ID.eq(ADREQUESTS_AD_REQUESTS.CAMPAIGN_ID))
            .join(ADREQUESTS_SPONSORS).on(ADREQUESTS_SPONSORS.SPONSOR_ID.eq(ADREQUESTS_AD_REQUESTS.SPONSOR_ID))
            .join(ADREQUESTS_INFLUENCERS).on(ADREQUESTS_INFLUENCERS.INFLUENCER_ID.eq(ADREQUESTS_AD_REQUESTS.INFLUENCER_ID))
            .where(where)
            .orderBy(order, tieBreak)
            .limit(limit)
            .offset(offset)
            .fetch(r -> new Listing(UUID.fromString(r.get(ADREQUESTS_AD_REQUESTS.ID)),
                    UUID.fromString(r.get(ADREQUESTS_AD_REQUESTS.CAMPAIGN_ID)), r.get(ADREQUESTS_CAMPAIGNS.NAME),
                    r.get(ADREQUESTS_SPONSORS.ORGANISATION_NAME), r.get(ADREQUESTS_INFLUENCERS.DISPLAY_NAME),
                    Status.valueOf(r.get(ADREQUESTS_AD_REQUESTS.STATUS)), r.get(ADREQUESTS_AD_REQUESTS.OFFER_MINOR),
                    Party.valueOf(r.get(ADREQUESTS_AD_REQUESTS.OFFERED_BY)), r.get(ADREQUESTS_AD_REQUESTS.AGREED_MINOR),
                    r.get(ADREQUESTS_AD_REQUESTS.DUE_DATE), r.get(ADREQUESTS_AD_REQUESTS.UPDATED_AT)));
    }

    /** For each of the given campaigns, its requests by status: how many, the agreed amounts and what was paid. */
    Map<UUID, Map<Status, Tally>> talliesOf(Collection<UUID> campaignIds) {
        Map<UUID, Map<Status, Tally>> tallies = new HashMap<>();
        db.select(ADREQUESTS_AD_REQUESTS.CAMPAIGN_ID, ADREQUESTS_AD_REQUESTS.STATUS, count(),
                    sum(ADREQUESTS_AD_REQUESTS.AGREED_MINOR).cast(Long.class), sum(ADREQUESTS_AD_REQUESTS.PAID_MINOR).cast(Long.class))
            .from(ADREQUESTS_AD_REQUESTS)
            .where(ADREQUESTS_AD_REQUESTS.CAMPAIGN_ID.in(campaignIds.stream().map(UUID::toString).toList()))
            .groupBy(ADREQUESTS_AD_REQUESTS.CAMPAIGN_ID, ADREQUESTS_AD_REQUESTS.STATUS)
            .forEach(r -> tallies.computeIfAbsent(UUID.fromString(r.value1()), id -> new EnumMap<>(Status.class))
                .put(Status.valueOf(r.value2()), new Tally(r.value3(), r.value4() == null ? 0 : r.value4(),
                        r.value5() == null ? 0 : r.value5())));
        return tallies;
    }

    /** What the influencer's dashboard counts, from their tally. */
    Figures figuresOf(UUID influencerId) {
        var tally = ADREQUESTS_INFLUENCER_TALLIES;
        Map<Status, Tally> byStatus = new EnumMap<>(Status.class);
        int[] awaiting = {0};
        db.select(tally.STATUS, tally.OFFERED_BY, tally.REQUESTS, tally.AGREED_MINOR, tally.PAID_MINOR)
            .from(tally)
            .where(tally.INFLUENCER_ID.eq(influencerId.toString()))
            .forEach(r -> {
                Status status = Status.valueOf(r.value1());
                Tally counted = new Tally(Math.toIntExact(r.value3()), r.value4(), r.value5());
                byStatus.merge(status, counted, Tally::plus);
                if (status.open() && Party.SPONSOR.name().equals(r.value2())) {
                    awaiting[0] += counted.count();
                }
            });
        return new Figures(byStatus, awaiting[0]);
    }

    private static AdRequest toAdRequest(Record record) {
        var r = record.into(ADREQUESTS_AD_REQUESTS);
        return new AdRequest(UUID.fromString(r.getId()), UUID.fromString(r.getCampaignId()), UUID.fromString(r.getSponsorId()),
                UUID.fromString(r.getInfluencerId()), Party.valueOf(r.getStartedBy()), r.getRequirements(), r.getDueDate(),
                Status.valueOf(r.getStatus()), r.getOfferMinor(), Party.valueOf(r.getOfferedBy()), r.getOffers(),
                r.getAgreedMinor(), r.getClosingNote(), Boolean.TRUE.equals(r.getFlagged()), r.getFlagReason(),
                r.getCreatedAt(), r.getUpdatedAt(), r.getVersion());
    }

    /** One row of an ad request list. */
    public record Listing(UUID id, UUID campaignId, String campaignName, String sponsorName, String influencerName,
            Status status, long offerMinor, Party offeredBy, Long agreedMinor, LocalDate dueDate, Instant updatedAt) {

        public boolean awaitsSponsor() {
            return status.open() && offeredBy == Party.INFLUENCER;
        }

        public boolean awaitsInfluencer() {
            return status.open() && offeredBy == Party.SPONSOR;
        }
    }

    /**
     * Completed collaborations: how many, what they agreed and what was paid of it.
     */
    public record Settlement(int completed, long agreedMinor, long paidMinor) {

        public long outstandingMinor() {
            return agreedMinor - paidMinor;
        }
    }

    /** How many requests, their agreed amounts and what was paid of them. */
    public record Tally(int count, long agreedMinor, long paidMinor) {

        Tally plus(Tally other) {
            return new Tally(count + other.count, agreedMinor + other.agreedMinor, paidMinor + other.paidMinor);
        }
    }

    /** Where a request counts in its influencer's tally. */
    private record Counted(String influencerId, String status, String offeredBy, long agreedMinor) implements Comparable<Counted> {

        static Counted of(AdRequest request) {
            return new Counted(request.influencerId().toString(), request.status().name(), request.offeredBy().name(),
                    request.agreedMinor() == null ? 0 : request.agreedMinor());
        }

        @Override
        public int compareTo(Counted other) {
            int byInfluencer = influencerId.compareTo(other.influencerId);
            if (byInfluencer != 0) {
                return byInfluencer;
            }
            int byStatus = status.compareTo(other.status);
            return byStatus != 0 ? byStatus : offeredBy.compareTo(other.offeredBy);
        }
    }

    /** An influencer's requests by status, and how many await their answer. */
    public record Figures(Map<Status, Tally> byStatus, int awaiting) {

        public int pending() {
            return count(Status.PENDING);
        }

        public int negotiating() {
            return count(Status.NEGOTIATING);
        }

        int count(Status status) {
            Tally tally = byStatus.get(status);
            return tally == null ? 0 : tally.count();
        }

        /** How many requests an inbox filter shows: all, those awaiting the influencer, or one status (none if unknown). */
        long matching(String filter) {
            if (filter == null || filter.isBlank()) {
                return byStatus.values().stream().mapToLong(Tally::count).sum();
            }
            if ("AWAITING".equals(filter)) {
                return awaiting;
            }
            return Arrays.stream(Status.values()).filter(status -> status.name().equals(filter)).findFirst()
                .map(this::count).orElse(0);
        }

        /** The influencer's completed collaborations, what they agreed and what was paid of it. */
        public Settlement settlement() {
            Tally completed = byStatus.getOrDefault(Status.COMPLETED, new Tally(0, 0, 0));
            return new Settlement(completed.count(), completed.agreedMinor(), completed.paidMinor());
        }

        /** Accepted deals, completed ones included. */
        public int deals() {
            return count(Status.ACCEPTED) + count(Status.COMPLETED);
        }

        /** The sum of the agreed amounts of accepted and completed deals. */
        public long earningsMinor() {
            return byStatus.entrySet().stream()
                .filter(entry -> entry.getKey() == Status.ACCEPTED || entry.getKey() == Status.COMPLETED)
                .mapToLong(entry -> entry.getValue().agreedMinor())
                .sum();
        }
    }
}
