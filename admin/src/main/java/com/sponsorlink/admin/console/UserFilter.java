package com.sponsorlink.admin.console;

/**
 * The user list's search: free text in name or email, a role and a status, each optional.
 */
record UserFilter(String q, String role, String status) {

    static final java.util.List<String> ROLES = java.util.List.of("SPONSOR", "INFLUENCER", "ADMIN");
    static final java.util.List<String> STATUSES = java.util.List.of("PENDING", "APPROVED", "REJECTED", "SUSPENDED");

    UserFilter {
        q = q == null ? "" : q.strip();
        role = role != null && ROLES.contains(role) ? role : "";
        status = status != null && STATUSES.contains(status) ? status : "";
    }
}
