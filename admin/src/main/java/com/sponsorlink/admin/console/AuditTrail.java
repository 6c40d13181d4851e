package com.sponsorlink.admin.console;

import static com.sponsorlink.admin.persistence.jooq.Tables.ADMIN_AUDIT_ENTRIES;

import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;

/**
 * The append-only record of admin decisions. There is deliberately no update or delete here, and
 * the database refuses both.
 */
@Repository
class AuditTrail {

    private final DSLContext db;

    AuditTrail(DSLContext db) {
        this.db = db;
    }

    void append(AuditEntry entry) {
        db.insertInto(ADMIN_AUDIT_ENTRIES)
            .set(ADMIN_AUDIT_ENTRIES.ID, entry.id().toString())
            .set(ADMIN_AUDIT_ENTRIES.OCCURRED_AT, entry.occurredAt())
            .set(ADMIN_AUDIT_ENTRIES.ADMIN_ID, entry.adminId().toString())
            .set(ADMIN_AUDIT_ENTRIES.ADMIN_NAME, entry.adminName())
            .set(ADMIN_AUDIT_ENTRIES.ACTION, entry.action())
            .set(ADMIN_AUDIT_ENTRIES.SUBJECT_TYPE, entry.subjectType())
            .set(ADMIN_AUDIT_ENTRIES.SUBJECT_ID, entry.subjectId().toString())
            .set(ADMIN_AUDIT_ENTRIES.SUBJECT_LABEL, entry.subjectLabel())
            .set(ADMIN_AUDIT_ENTRIES.REASON, entry.reason())
            .execute();
    }

    /** Newest first. */
    Page<AuditEntry> page(Pageable pageable) {
        int total = db.fetchCount(ADMIN_AUDIT_ENTRIES);
        List<AuditEntry> entries = db.selectFrom(ADMIN_AUDIT_ENTRIES)
            .orderBy(ADMIN_AUDIT_ENTRIES.OCCURRED_AT.desc(), ADMIN_AUDIT_ENTRIES.ID.desc())
            .limit(pageable.getPageSize())
            .offset(pageable.getOffset())
            .fetch(r -> new AuditEntry(UUID.fromString(r.getId()), r.getOccurredAt(), UUID.fromString(r.getAdminId()),
                    r.getAdminName(), r.getAction(), r.getSubjectType(), UUID.fromString(r.getSubjectId()),
                    r.getSubjectLabel(), r.getReason()));
        return new PageImpl<>(entries, pageable, total);
    }
}
