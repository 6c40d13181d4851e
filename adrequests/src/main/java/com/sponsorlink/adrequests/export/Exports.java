package com.sponsorlink.adrequests.export;

import static com.sponsorlink.adrequests.persistence.jooq.Tables.ADREQUESTS_EXPORTS;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Sponsors' exports and their progress.
 */
@Repository
class Exports {

    private final DSLContext db;

    Exports(DSLContext db) {
        this.db = db;
    }

    void queued(Export export) {
        db.insertInto(ADREQUESTS_EXPORTS)
            .set(ADREQUESTS_EXPORTS.ID, export.id().toString())
            .set(ADREQUESTS_EXPORTS.SPONSOR_ID, export.sponsorId().toString())
            .set(ADREQUESTS_EXPORTS.STATUS, "QUEUED")
            .set(ADREQUESTS_EXPORTS.FILE_NAME, export.fileName())
            .set(ADREQUESTS_EXPORTS.CREATED_AT, export.createdAt())
            .execute();
    }

    void running(UUID id, int totalRows) {
        db.update(ADREQUESTS_EXPORTS)
            .set(ADREQUESTS_EXPORTS.STATUS, "RUNNING")
            .set(ADREQUESTS_EXPORTS.TOTAL_ROWS, totalRows)
            .where(ADREQUESTS_EXPORTS.ID.eq(id.toString()))
            .execute();
    }

    void progress(UUID id, int doneRows) {
        db.update(ADREQUESTS_EXPORTS)
            .set(ADREQUESTS_EXPORTS.DONE_ROWS, doneRows)
            .where(ADREQUESTS_EXPORTS.ID.eq(id.toString()))
            .execute();
    }

    void finished(UUID id, String status, int doneRows, Instant at) {
        db.update(ADREQUESTS_EXPORTS)
            .set(ADREQUESTS_EXPORTS.STATUS, status)
            .set(ADREQUESTS_EXPORTS.DONE_ROWS, doneRows)
            .set(ADREQUESTS_EXPORTS.FINISHED_AT, at)
            .where(ADREQUESTS_EXPORTS.ID.eq(id.toString()))
            .execute();
    }

    /** The sponsor's own export; anyone else's is as good as absent. */
    Optional<Export> find(UUID id, UUID sponsorId) {
        return db.selectFrom(ADREQUESTS_EXPORTS)
            .where(ADREQUESTS_EXPORTS.ID.eq(id.toString()))
            .and(ADREQUESTS_EXPORTS.SPONSOR_ID.eq(sponsorId.toString()))
            .fetchOptional(Exports::toExport);
    }

    List<Export> latestOf(UUID sponsorId, int limit) {
        return db.selectFrom(ADREQUESTS_EXPORTS)
            .where(ADREQUESTS_EXPORTS.SPONSOR_ID.eq(sponsorId.toString()))
            .orderBy(ADREQUESTS_EXPORTS.CREATED_AT.desc())
            .limit(limit)
            .fetch(Exports::toExport);
    }

    private static Export toExport(com.sponsorlink.adrequests.persistence.jooq.tables.records.AdrequestsExportsRecord r) {
        return new Export(UUID.fromString(r.getId()), UUID.fromString(r.getSponsorId()), r.getStatus(), r.getTotalRows(),
                r.getDoneRows(), r.getFileName(), r.getCreatedAt(), r.getFinishedAt());
    }

    /** One export. */
    record Export(UUID id, UUID sponsorId, String status, Integer totalRows, int doneRows, String fileName,
            Instant createdAt, Instant finishedAt) {

        public int percent() {
            if ("READY".equals(status)) {
                return 100;
            }
            return totalRows == null || totalRows == 0 ? 0 : (int) (100L * doneRows / totalRows);
        }

        public boolean ready() {
            return "READY".equals(status);
        }
    }
}
