package com.sponsorlink.adrequests.export;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional side of exports: queueing one, and finding a sponsor's own.
 */
@Service
class ExportService {

    private final Exports exports;
    private final Clock clock;

    ExportService(Exports exports, Clock clock) {
        this.exports = exports;
        this.clock = clock;
    }

    @Transactional
    Exports.Export start(UUID sponsorId) {
        UUID id = UUID.randomUUID();
        Exports.Export export = new Exports.Export(id, sponsorId, "QUEUED", null, 0, id + ".csv", clock.instant(), null);
        exports.queued(export);
        return export;
    }

    @Transactional(readOnly = true)
    List<Exports.Export> latestOf(UUID sponsorId) {
        return exports.latestOf(sponsorId, 10);
    }

    @Transactional(readOnly = true)
    Optional<Exports.Export> find(UUID id, UUID sponsorId) {
        return exports.find(id, sponsorId);
    }
}
