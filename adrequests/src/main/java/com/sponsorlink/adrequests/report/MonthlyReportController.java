package com.sponsorlink.adrequests.report;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Monthly reports: the sponsor's list, each report to read in the browser or download as an HTML
 * file (only its owner finds it; anyone else's answers 404), and the admin's view of the job's
 * runs with a run for a past month on demand.
 */
@Controller
class MonthlyReportController {

    /** The report is static HTML with its styles inline: it may load nothing and run nothing. */
    private static final String REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

    private final MonthlyReportService service;
    private final MonthlyReportJob job;
    private final Clock clock;

    MonthlyReportController(MonthlyReportService service, MonthlyReportJob job, Clock clock) {
        this.service = service;
        this.job = job;
        this.clock = clock;
    }

    @GetMapping("/sponsor/reports")
    String list(Principal principal, Model model) {
        model.addAttribute("reports", service.latestOf(idOf(principal)));
        return "adrequests/reports";
    }

    @GetMapping("/sponsor/reports/{id}")
    ResponseEntity<String> show(@PathVariable UUID id, Principal principal) {
        MonthlyReports.Report report = service.find(id, idOf(principal));
        return ResponseEntity.ok()
            .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
            .header("Content-Security-Policy", REPORT_POLICY)
            .body(report.html());
    }

    @GetMapping("/sponsor/reports/{id}/download")
    ResponseEntity<byte[]> download(@PathVariable UUID id, Principal principal) {
        MonthlyReports.Report report = service.find(id, idOf(principal));
        return ResponseEntity.ok()
            .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
            .header("Content-Security-Policy", REPORT_POLICY)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("sponsorlink-report-" + report.month() + ".html").build().toString())
            .body(report.html().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/admin/reports")
    String runs(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new RunForm(YearMonth.now(clock).minusMonths(1).toString()));
        }
        model.addAttribute("runs", service.latestRuns());
        return "adrequests/report-runs";
    }

    @PostMapping("/admin/reports/run")
    String run(@ModelAttribute("form") RunForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        YearMonth month = null;
        try {
            month = YearMonth.parse(form.month() == null ? "" : form.month().strip());
        }
        catch (DateTimeParseException unreadable) {
            binding.rejectValue("month", "month.format", "Give a month as year and month, such as 2026-10.");
        }
        if (month != null && !month.isBefore(YearMonth.now(clock))) {
            binding.rejectValue("month", "month.future", "Choose a month that has ended.");
        }
        if (binding.hasErrors()) {
            model.addAttribute("runs", service.latestRuns());
            return "adrequests/report-runs";
        }
        job.runInBackground(month);
        redirect.addFlashAttribute("flash", "The reports for " + month + " are being written; sponsors who have one for "
                + "that month already do not get a second. The run appears below when it finishes.");
        return "redirect:/admin/reports";
    }

    private static UUID idOf(Principal principal) {
        return UUID.fromString(principal.getName());
    }

    /** The admin's choice of month, as typed. */
    record RunForm(String month) {
    }
}
