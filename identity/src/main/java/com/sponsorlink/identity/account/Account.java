package com.sponsorlink.identity.account;

import java.time.Instant;
import java.util.UUID;

/**
 * What every account has, whatever its role.
 */
record Account(UUID id, String email, Role role, String displayName, Approval approval, String approvalReason,
        boolean suspended, String suspensionReason, String passwordHash, Instant registeredAt) {
}
