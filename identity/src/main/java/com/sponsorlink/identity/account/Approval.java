package com.sponsorlink.identity.account;

/**
 * Whether a sponsor may publish. Influencers and admins need no approval and are stored as approved.
 */
enum Approval {
    PENDING, APPROVED, REJECTED
}
