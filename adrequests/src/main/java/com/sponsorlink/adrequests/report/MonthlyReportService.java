package com.sponsorlink.adrequests.report;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reading sponsors' reports and the job's runs.
 */
@Service
class MonthlyReportService {

    private final MonthlyReports reports;
    private final ReportRuns runs;

    MonthlyReportService(MonthlyReports reports, ReportRuns runs) {
        this.reports = reports;
        this.runs = runs;
    }

    @Transactional(readOnly = true)
    List<MonthlyReports.Listed> latestOf(UUID sponsorId) {
        return reports.latestOf(sponsorId, 24);
    }

    /** The sponsor's own report, or 404. */
    @Transactional(readOnly = true)
    MonthlyReports.Report find(UUID id, UUID sponsorId) {
        return reports.find(id, sponsorId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    List<ReportRuns.Run> latestRuns() {
        return runs.latest(12);
    }
}
