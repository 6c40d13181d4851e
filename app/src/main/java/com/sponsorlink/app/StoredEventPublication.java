package com.sponsorlink.app;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * One row of the event publication registry, as the registry reads it back.
 */
final class StoredEventPublication implements TargetEventPublication {

    private final UUID id;
    private final Object event;
    private final PublicationTargetIdentifier target;
    private final Instant publishedAt;
    private final Status status;
    private final Instant lastResubmittedAt;
    private final int completionAttempts;
    private Instant completedAt;

    StoredEventPublication(UUID id, Object event, PublicationTargetIdentifier target, Instant publishedAt,
            Instant completedAt, Status status, Instant lastResubmittedAt, int completionAttempts) {
        this.id = id;
        this.event = event;
        this.target = target;
        this.publishedAt = publishedAt;
        this.completedAt = completedAt;
        this.status = status;
        this.lastResubmittedAt = lastResubmittedAt;
        this.completionAttempts = completionAttempts;
    }

    @Override
    public UUID getIdentifier() {
        return id;
    }

    @Override
    public Object getEvent() {
        return event;
    }

    @Override
    public PublicationTargetIdentifier getTargetIdentifier() {
        return target;
    }

    @Override
    public Instant getPublicationDate() {
        return publishedAt;
    }

    @Override
    public Optional<Instant> getCompletionDate() {
        return Optional.ofNullable(completedAt);
    }

    @Override
    public Status getStatus() {
        return completedAt != null ? Status.COMPLETED : status;
    }

    @Override
    public Instant getLastResubmissionDate() {
        return lastResubmittedAt;
    }

    @Override
    public int getCompletionAttempts() {
        return completionAttempts;
    }

    @Override
    public void markCompleted(Instant instant) {
        this.completedAt = instant;
    }
}
