package com.sponsorlink.adrequests.adrequest;

import static com.sponsorlink.adrequests.persistence.jooq.Tables.ADREQUESTS_DELIVERABLES;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/**
 * The deliverables of collaborations, as their latest submission stands. Each change is made only
 * from the state the rules checked, so two reviews of one submission cannot both pass.
 */
@Repository
class Deliverables {

    private final DSLContext db;

    Deliverables(DSLContext db) {
        this.db = db;
    }

    void insert(Deliverable deliverable) {
        db.insertInto(ADREQUESTS_DELIVERABLES)
            .set(ADREQUESTS_DELIVERABLES.ID, deliverable.id().toString())
            .set(ADREQUESTS_DELIVERABLES.AD_REQUEST_ID, deliverable.adRequestId().toString())
            .set(ADREQUESTS_DELIVERABLES.TITLE, deliverable.title())
            .set(ADREQUESTS_DELIVERABLES.LINK, deliverable.link())
            .set(ADREQUESTS_DELIVERABLES.NOTE, deliverable.note())
            .set(ADREQUESTS_DELIVERABLES.STATUS, deliverable.status().name())
            .set(ADREQUESTS_DELIVERABLES.SUBMISSIONS, deliverable.submissions())
            .set(ADREQUESTS_DELIVERABLES.CREATED_AT, deliverable.submittedAt())
            .set(ADREQUESTS_DELIVERABLES.SUBMITTED_AT, deliverable.submittedAt())
            .execute();
    }

    /** Saves the deliverable if it still stands as {@code from} says; false when it moved meanwhile. */
    boolean save(Deliverable from, Deliverable to) {
        return db.update(ADREQUESTS_DELIVERABLES)
            .set(ADREQUESTS_DELIVERABLES.LINK, to.link())
            .set(ADREQUESTS_DELIVERABLES.NOTE, to.note())
            .set(ADREQUESTS_DELIVERABLES.STATUS, to.status().name())
            .set(ADREQUESTS_DELIVERABLES.FEEDBACK, to.feedback())
            .set(ADREQUESTS_DELIVERABLES.SUBMISSIONS, to.submissions())
            .set(ADREQUESTS_DELIVERABLES.SUBMITTED_AT, to.submittedAt())
            .set(ADREQUESTS_DELIVERABLES.REVIEWED_AT, to.reviewedAt())
            .where(ADREQUESTS_DELIVERABLES.ID.eq(from.id().toString()))
            .and(ADREQUESTS_DELIVERABLES.STATUS.eq(from.status().name()))
            .and(ADREQUESTS_DELIVERABLES.SUBMISSIONS.eq(from.submissions()))
            .execute() == 1;
    }

    /** The deliverable, if it belongs to that ad request; another request's is as good as absent. */
    Optional<Deliverable> find(UUID adRequestId, UUID id) {
        return db.selectFrom(ADREQUESTS_DELIVERABLES)
            .where(ADREQUESTS_DELIVERABLES.ID.eq(id.toString()))
            .and(ADREQUESTS_DELIVERABLES.AD_REQUEST_ID.eq(adRequestId.toString()))
            .fetchOptional(Deliverables::toDeliverable);
    }

    /** The ad request's deliverables, in the order they were first handed in. */
    List<Deliverable> of(UUID adRequestId) {
        return db.selectFrom(ADREQUESTS_DELIVERABLES)
            .where(ADREQUESTS_DELIVERABLES.AD_REQUEST_ID.eq(adRequestId.toString()))
            .orderBy(ADREQUESTS_DELIVERABLES.CREATED_AT, ADREQUESTS_DELIVERABLES.ID)
            .fetch(Deliverables::toDeliverable);
    }

    private static Deliverable toDeliverable(Record record) {
        var r = record.into(ADREQUESTS_DELIVERABLES);
        return new Deliverable(UUID.fromString(r.getId()), UUID.fromString(r.getAdRequestId()), r.getTitle(), r.getLink(),
                r.getNote(), Deliverable.Review.valueOf(r.getStatus()), r.getFeedback(), r.getSubmissions(),
                r.getSubmittedAt(), r.getReviewedAt());
    }
}
