package com.sponsorlink.app;

import static com.sponsorlink.app.persistence.jooq.Tables.APP_EVENT_PUBLICATIONS;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.modulith.events.EventPublication.Status;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.stereotype.Repository;

import com.sponsorlink.app.persistence.jooq.tables.records.AppEventPublicationsRecord;

/**
 * Spring Modulith's event publication registry on our own table through jOOQ, because the JDBC
 * registry refuses SQLite. An event is matched to its stored rows by its serialized form, as
 * Modulith's own JDBC repository does.
 */
@Repository
class JooqEventPublicationRepository implements EventPublicationRepository {

    private final DSLContext db;
    private final EventSerializer serializer;

    JooqEventPublicationRepository(DSLContext db, EventSerializer serializer) {
        this.db = db;
        this.serializer = serializer;
    }

    @Override
    public TargetEventPublication create(TargetEventPublication publication) {
        db.insertInto(APP_EVENT_PUBLICATIONS)
            .set(APP_EVENT_PUBLICATIONS.ID, publication.getIdentifier().toString())
            .set(APP_EVENT_PUBLICATIONS.LISTENER_ID, publication.getTargetIdentifier().getValue())
            .set(APP_EVENT_PUBLICATIONS.EVENT_TYPE, publication.getEvent().getClass().getName())
            .set(APP_EVENT_PUBLICATIONS.SERIALIZED_EVENT, serialize(publication.getEvent()))
            .set(APP_EVENT_PUBLICATIONS.PUBLISHED_AT, publication.getPublicationDate())
            .set(APP_EVENT_PUBLICATIONS.STATUS, publication.getStatus().name())
            .set(APP_EVENT_PUBLICATIONS.COMPLETION_ATTEMPTS, 1)
            .execute();
        return publication;
    }

    @Override
    public void markProcessing(UUID identifier) {
        setStatus(identifier, Status.PROCESSING);
    }

    @Override
    public void markCompleted(Object event, PublicationTargetIdentifier identifier, Instant completionDate) {
        db.update(APP_EVENT_PUBLICATIONS)
            .set(APP_EVENT_PUBLICATIONS.COMPLETED_AT, completionDate)
            .set(APP_EVENT_PUBLICATIONS.STATUS, Status.COMPLETED.name())
            .where(APP_EVENT_PUBLICATIONS.LISTENER_ID.eq(identifier.getValue()))
            .and(APP_EVENT_PUBLICATIONS.SERIALIZED_EVENT.eq(serialize(event)))
            .and(APP_EVENT_PUBLICATIONS.COMPLETED_AT.isNull())
            .execute();
    }

    @Override
    public void markCompleted(UUID identifier, Instant completionDate) {
        db.update(APP_EVENT_PUBLICATIONS)
            .set(APP_EVENT_PUBLICATIONS.COMPLETED_AT, completionDate)
            .set(APP_EVENT_PUBLICATIONS.STATUS, Status.COMPLETED.name())
            .where(APP_EVENT_PUBLICATIONS.ID.eq(identifier.toString()))
            .execute();
    }

    @Override
    public void markFailed(UUID identifier) {
        setStatus(identifier, Status.FAILED);
    }

    @Override
    public boolean markResubmitted(UUID identifier, Instant resubmissionDate) {
        return db.update(APP_EVENT_PUBLICATIONS)
            .set(APP_EVENT_PUBLICATIONS.STATUS, Status.RESUBMITTED.name())
            .set(APP_EVENT_PUBLICATIONS.COMPLETION_ATTEMPTS, APP_EVENT_PUBLICATIONS.COMPLETION_ATTEMPTS.plus(1))
            .set(APP_EVENT_PUBLICATIONS.LAST_RESUBMITTED_AT, resubmissionDate)
            .where(APP_EVENT_PUBLICATIONS.ID.eq(identifier.toString()))
            .and(APP_EVENT_PUBLICATIONS.STATUS.ne(Status.RESUBMITTED.name()))
            .and(APP_EVENT_PUBLICATIONS.COMPLETED_AT.isNull())
            .execute() == 1;
    }

    @Override
    public List<TargetEventPublication> findIncompletePublications() {
        return find(APP_EVENT_PUBLICATIONS.COMPLETED_AT.isNull(), Long.MAX_VALUE);
    }

    @Override
    public List<TargetEventPublication> findIncompletePublicationsPublishedBefore(Instant instant) {
        return find(APP_EVENT_PUBLICATIONS.COMPLETED_AT.isNull().and(APP_EVENT_PUBLICATIONS.PUBLISHED_AT.lt(instant)),
                Long.MAX_VALUE);
    }

    @Override
    public Optional<TargetEventPublication> findIncompletePublicationsByEventAndTargetIdentifier(Object event,
            PublicationTargetIdentifier targetIdentifier) {
        return find(APP_EVENT_PUBLICATIONS.COMPLETED_AT.isNull()
            .and(APP_EVENT_PUBLICATIONS.LISTENER_ID.eq(targetIdentifier.getValue()))
            .and(APP_EVENT_PUBLICATIONS.SERIALIZED_EVENT.eq(serialize(event))), 1).stream().findFirst();
    }

    @Override
    public List<TargetEventPublication> findCompletedPublications() {
        return find(APP_EVENT_PUBLICATIONS.COMPLETED_AT.isNotNull(), Long.MAX_VALUE);
    }

    @Override
    public List<TargetEventPublication> findFailedPublications(FailedCriteria criteria) {
        Condition failed = APP_EVENT_PUBLICATIONS.STATUS.eq(Status.FAILED.name());
        if (criteria.getPublicationDateReference() != null) {
            failed = failed.and(APP_EVENT_PUBLICATIONS.PUBLISHED_AT.lt(criteria.getPublicationDateReference()));
        }
        return find(failed, criteria.getMaxItemsToRead() < 0 ? Long.MAX_VALUE : criteria.getMaxItemsToRead());
    }

    @Override
    public List<TargetEventPublication> findByStatus(Status status) {
        return find(APP_EVENT_PUBLICATIONS.STATUS.eq(status.name()), Long.MAX_VALUE);
    }

    @Override
    public int countByStatus(Status status) {
        return db.fetchCount(APP_EVENT_PUBLICATIONS, APP_EVENT_PUBLICATIONS.STATUS.eq(status.name()));
    }

    @Override
    public void deletePublications(List<UUID> identifiers) {
        db.deleteFrom(APP_EVENT_PUBLICATIONS)
            .where(APP_EVENT_PUBLICATIONS.ID.in(identifiers.stream().map(UUID::toString).toList()))
            .execute();
    }

    @Override
    public void deleteCompletedPublications() {
        db.deleteFrom(APP_EVENT_PUBLICATIONS).where(APP_EVENT_PUBLICATIONS.COMPLETED_AT.isNotNull()).execute();
    }

    @Override
    public void deleteCompletedPublicationsBefore(Instant instant) {
        db.deleteFrom(APP_EVENT_PUBLICATIONS).where(APP_EVENT_PUBLICATIONS.COMPLETED_AT.lt(instant)).execute();
    }

    private void setStatus(UUID identifier, Status status) {
        db.update(APP_EVENT_PUBLICATIONS)
            .set(APP_EVENT_PUBLICATIONS.STATUS, status.name())
            .where(APP_EVENT_PUBLICATIONS.ID.eq(identifier.toString()))
            .and(APP_EVENT_PUBLICATIONS.COMPLETED_AT.isNull())
            .execute();
    }

    private List<TargetEventPublication> find(Condition condition, long limit) {
        return db.selectFrom(APP_EVENT_PUBLICATIONS)
            .where(condition)
            .orderBy(APP_EVENT_PUBLICATIONS.PUBLISHED_AT, APP_EVENT_PUBLICATIONS.ID)
            .limit(limit)
            .fetch(this::toPublication);
    }

    private TargetEventPublication toPublication(AppEventPublicationsRecord r) {
        return new StoredEventPublication(UUID.fromString(r.getId()), deserialize(r.getSerializedEvent(), r.getEventType()),
                PublicationTargetIdentifier.of(r.getListenerId()), r.getPublishedAt(), r.getCompletedAt(),
                Status.valueOf(r.getStatus()), r.getLastResubmittedAt(), r.getCompletionAttempts());
    }

    private String serialize(Object event) {
        return serializer.serialize(event).toString();
    }

    private Object deserialize(String serialized, String type) {
        try {
            return serializer.deserialize(serialized, Class.forName(type));
        }
        catch (ClassNotFoundException gone) {
            throw new IllegalStateException("Stored event of unknown type " + type, gone);
        }
    }
}
