package com.sponsorlink.admin.console;

import java.util.List;

/**
 * The appeal list's filter: one status, or every appeal (open ones first).
 */
record AppealFilter(String status) {

    static final List<String> STATUSES = List.of("OPEN", "UPHELD", "LIFTED");

    AppealFilter {
        status = status != null && STATUSES.contains(status) ? status : "";
    }
}
