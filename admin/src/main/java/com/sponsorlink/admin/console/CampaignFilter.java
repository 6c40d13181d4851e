package com.sponsorlink.admin.console;

import java.util.List;
import java.util.UUID;

/**
 * The campaign list's filters, each optional: words of the name, visibility, flagged only, phase
 * and sponsor. Unknown values are dropped rather than matching nothing.
 */
record CampaignFilter(String q, String visibility, String flagged, String phase, String sponsor) {

    static final List<String> VISIBILITIES = List.of("PUBLIC", "PRIVATE");
    static final List<String> PHASES = List.of("UPCOMING", "ACTIVE", "ENDED");

    CampaignFilter {
        q = q == null ? "" : q.strip();
        visibility = visibility != null && VISIBILITIES.contains(visibility) ? visibility : "";
        flagged = "yes".equals(flagged) ? flagged : "";
        phase = phase != null && PHASES.contains(phase) ? phase : "";
        sponsor = sponsor == null ? "" : sponsor.strip();
    }

    boolean flaggedOnly() {
        return !flagged.isEmpty();
    }

    UUID sponsorId() {
        return AdRequestFilter.idOrNull(sponsor);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
