package com.sponsorlink.admin.console;

import java.time.Instant;
import java.util.UUID;

/**
 * One admin decision, as the audit trail keeps it.
 */
record AuditEntry(UUID id, Instant occurredAt, UUID adminId, String adminName, String action, String subjectType,
        UUID subjectId, String subjectLabel, String reason) {
}
