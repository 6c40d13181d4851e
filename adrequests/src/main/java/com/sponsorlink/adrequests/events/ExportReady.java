package com.sponsorlink.adrequests.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A sponsor's CSV export of their campaigns and ad requests is ready to download.
 */
public record ExportReady(UUID exportId, UUID sponsorId, int rows, Instant readyAt) {
}
