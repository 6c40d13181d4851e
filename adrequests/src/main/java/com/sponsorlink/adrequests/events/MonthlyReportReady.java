package com.sponsorlink.adrequests.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A sponsor's activity report for a past month is written. It carries the report itself, a
 * self-contained HTML document, so that whoever sends it on needs nothing else.
 *
 * @param month the month reported on, as {@code 2026-10}
 * @param title the report's title, such as "Your October 2026 on SponsorLink"
 * @param summary one line of its main figures
 */
public record MonthlyReportReady(UUID reportId, UUID sponsorId, String month, String title, String summary, String html,
        Instant readyAt) {
}
