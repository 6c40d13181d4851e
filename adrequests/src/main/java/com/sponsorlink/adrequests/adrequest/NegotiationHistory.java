package com.sponsorlink.adrequests.adrequest;

import static com.sponsorlink.adrequests.persistence.jooq.Tables.ADREQUESTS_HISTORY;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.val;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Everything that happened to each ad request, in order. Entries are only ever appended.
 */
@Repository
class NegotiationHistory {

    private final DSLContext db;

    NegotiationHistory(DSLContext db) {
        this.db = db;
    }

    void append(UUID adRequestId, Instant at, String actor, Step step, Long amountMinor, String message) {
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
            .execute();
    }

    List<Entry> of(UUID adRequestId) {
        return db.selectFrom(ADREQUESTS_HISTORY)
            .where(ADREQUESTS_HISTORY.AD_REQUEST_ID.eq(adRequestId.toString()))
            .orderBy(ADREQUESTS_HISTORY.POSITION)
            .fetch(r -> new Entry(r.getPosition(), r.getHappenedAt(), r.getActor(), Step.valueOf(r.getKind()),
                    r.getAmountMinor(), r.getMessage()));
    }

    /** What kind of thing happened. */
    enum Step {
        OFFERED("Offer"), EDITED("Edit"), ACCEPTED("Accepted"), REJECTED("Rejected"), CANCELLED("Cancelled"),
        COMPLETED("Completed");

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
     */
    record Entry(int position, Instant at, String actor, Step step, Long amountMinor, String message) {

        public boolean offer() {
            return step == Step.OFFERED;
        }
    }
}
