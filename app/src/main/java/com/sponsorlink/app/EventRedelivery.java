package com.sponsorlink.app;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands incomplete event publications to their listeners again: those whose listener failed, or
 * whose process died before it finished. At start, the registry itself republishes what was left
 * outstanding; this catches what fails while the app runs. Completed publications are kept for a
 * week for inspection, then removed.
 */
@Component
class EventRedelivery {

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final Duration retryAfter;

    EventRedelivery(IncompleteEventPublications incomplete, CompletedEventPublications completed,
            @Value("${app.events.retry-after:PT1M}") Duration retryAfter) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.retryAfter = retryAfter;
    }

    @Scheduled(fixedDelayString = "${app.events.retry-every:PT1M}", initialDelayString = "${app.events.retry-every:PT1M}")
    void resubmitIncomplete() {
        incomplete.resubmitIncompletePublicationsOlderThan(retryAfter);
    }

    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT10M")
    void forgetCompleted() {
        completed.deletePublicationsOlderThan(Duration.ofDays(7));
    }
}
