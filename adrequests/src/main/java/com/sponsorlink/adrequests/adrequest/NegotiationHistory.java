package com.sponsorlink.adrequests.adrequest;

import static com.sponsorlink.adrequests.persistence.jooq.Tables.ADREQUESTS_HISTORY;
import static com.sponsorlink.adrequests.persistence.jooq.Tables.ADREQUESTS_THREAD_READS;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.val;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import com.sponsorlink.adrequests.events.Party;

/**
 * Everything that happened to each ad request, in order: the thread both sides read, with offers,
 * edits, status changes, messages, deliverables and payments. Entries are only ever appended.
 */
@Repository
class NegotiationHistory {

    private final DSLContext db;

    NegotiationHistory(DSLContext db) {
        this.db = db;
    }

    void append(UUID adRequestId, Instant at, String actor, Step step, Long amountMinor, String message) {
        append(adRequestId, at, actor, step, amountMinor, message, null, null);
    }

    /** Appends an entry about a deliverable, with the link handed in when it is a submission. */
    void append(UUID adRequestId, Instant at, String actor, Step step, Long amountMinor, String message, UUID deliverableId,
            String link) {
        String id = adRequestId.toString();
        db.insertInto(ADREQUESTS_HISTORY)
            .set(ADREQUESTS_HISTORY.AD_REQUEST_ID, id)
            .set(ADREQUESTS_HISTORY.POSITION, db.select(coalesce(max(ADREQUESTS_HISTORY.POSITION), val(0)).plus(1))
                .from(ADREQUESTS_HISTORY).where(ADREQUESTS_HISTORY.AD_REQUEST_ID.eq(id)).asField())
            .set(ADREQUESTS_HISTORY.HAPPENED_AT, at)
            .set(ADREQUESTS_HISTORY.ACTOR, actor)
            .set(ADREQUESTS_HISTORY.KIND, step.name())
            .set(ADREQUESTS_HISTORY.AMOUNT_MINOR, amountMinor)
            .set(ADREQUESTS_HISTORY.MESSAGE, message == null ? "" : message)
            .set(ADREQUESTS_HISTORY.DELIVERABLE_ID, deliverableId == null ? null : deliverableId.toString())
            .set(ADREQUESTS_HISTORY.LINK, link)
            .execute();
    }

    List<Entry> of(UUID adRequestId) {
        return db.selectFrom(ADREQUESTS_HISTORY)
            .where(ADREQUESTS_HISTORY.AD_REQUEST_ID.eq(adRequestId.toString()))
            .orderBy(ADREQUESTS_HISTORY.POSITION)
            .fetch(r -> new Entry(r.getPosition(), r.getHappenedAt(), r.getActor(), Step.valueOf(r.getKind()),
                    r.getAmountMinor(), r.getMessage(), r.getLink()));
    }

    /** The last position the side had read when it last opened the thread; 0 if never. */
    int readUpTo(UUID adRequestId, Party side) {
        Integer position = db.select(ADREQUESTS_THREAD_READS.READ_POSITION).from(ADREQUESTS_THREAD_READS)
            .where(ADREQUESTS_THREAD_READS.AD_REQUEST_ID.eq(adRequestId.toString()))
            .and(ADREQUESTS_THREAD_READS.PARTY.eq(side.name()))
            .fetchOptional(ADREQUESTS_THREAD_READS.READ_POSITION).orElse(null);
        return position == null ? 0 : position;
    }

    /** Records that the side has read the thread up to that position; it never moves back. */
    void read(UUID adRequestId, Party side, int position) {
        db.insertInto(ADREQUESTS_THREAD_READS)
            .set(ADREQUESTS_THREAD_READS.AD_REQUEST_ID, adRequestId.toString())
            .set(ADREQUESTS_THREAD_READS.PARTY, side.name())
            .set(ADREQUESTS_THREAD_READS.READ_POSITION, position)
            .onConflict(ADREQUESTS_THREAD_READS.AD_REQUEST_ID, ADREQUESTS_THREAD_READS.PARTY)
            .doUpdate()
            .set(ADREQUESTS_THREAD_READS.READ_POSITION, position)
            .where(ADREQUESTS_THREAD_READS.READ_POSITION.lt(position))
            .execute();
    }

    /** What kind of thing happened. */
    enum Step {
        OFFERED("Offer"), EDITED("Edit"), ACCEPTED("Accepted"), REJECTED("Rejected"), CANCELLED("Cancelled"),
        COMPLETED("Completed"), MESSAGE("Message"), SUBMITTED("Deliverable handed in"),
        RESUBMITTED("Deliverable handed in again"), CHANGES_REQUESTED("Changes requested"), APPROVED("Deliverable approved"),
        PAYMENT_RECORDED("Payment recorded"), PAYMENT_CONFIRMED("Payment received");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One thing that happened.
     *
     * @param actor SPONSOR, INFLUENCER or SYSTEM (a change made for another reason, such as a deleted campaign)
     * @param link the link handed in with a deliverable, or null
     */
    record Entry(int position, Instant at, String actor, Step step, Long amountMinor, String message, String link) {

        public boolean offer() {
            return step == Step.OFFERED;
        }

        /** Whether it is a message someone wrote, rather than a step of the deal. */
        public boolean chat() {
            return step == Step.MESSAGE;
        }

        /** Whether the viewer has not seen it yet: written by the other side after what they last read. */
        public boolean unreadBy(Party viewer, int readUpTo) {
            return viewer != null && position > readUpTo && !viewer.name().equals(actor);
        }
    }
}
