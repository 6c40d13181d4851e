package com.sponsorlink.adrequests.analytics;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The sponsor's and the influencer's analytics: headline figures and charts over a period of
 * months (the last twelve by default), each chart with its table and a CSV download of it.
 */
@Controller
class AnalyticsController {

    private final AdRequestAnalytics analytics;
    private final Clock clock;
    private final int fractionDigits;

    AnalyticsController(AdRequestAnalytics analytics, Clock clock, @Value("${app.currency:USD}") String currency) {
        this.analytics = analytics;
        this.clock = clock;
        this.fractionDigits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    }

    @GetMapping("/sponsor/analytics")
    String sponsor(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Principal principal,
            Model model) {
        Period period = periodOf(from, to, model);
        if (period != null) {
            UUID sponsorId = idOf(principal);
            AdRequestAnalytics.Figures figures = analytics.sponsorFigures(sponsorId, period, clock.getZone());
            model.addAttribute("figures", figures);
            model.addAttribute("charts", sponsorCharts(sponsorId, period, figures));
            model.addAttribute("query", query(period));
        }
        return "adrequests/sponsor-analytics";
    }

    @GetMapping("/sponsor/analytics/{chart}.csv")
    ResponseEntity<String> sponsorCsv(@PathVariable String chart, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Principal principal) {
        Period period = periodOf(from, to, new ExtendedModelMap());
        UUID sponsorId = idOf(principal);
        return csv(chart, period, sponsorCharts(sponsorId, period, analytics.sponsorFigures(sponsorId, period, clock.getZone())));
    }

    @GetMapping("/influencer/analytics")
    String influencer(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            Principal principal, Model model) {
        Period period = periodOf(from, to, model);
        if (period != null) {
            UUID influencerId = idOf(principal);
            model.addAttribute("figures", analytics.influencerFigures(influencerId, period, clock.getZone()));
            model.addAttribute("charts", influencerCharts(influencerId, period));
            model.addAttribute("query", query(period));
        }
        return "adrequests/influencer-analytics";
    }

    @GetMapping("/influencer/analytics/{chart}.csv")
    ResponseEntity<String> influencerCsv(@PathVariable String chart, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Principal principal) {
        Period period = periodOf(from, to, new ExtendedModelMap());
        return csv(chart, period, influencerCharts(idOf(principal), period));
    }

    private List<Chart> sponsorCharts(UUID sponsorId, Period period, AdRequestAnalytics.Figures figures) {
        return List.of(analytics.budgets(sponsorId, period), analytics.funnel(figures),
                analytics.spendByMonth(sponsorId, period, clock.getZone()), analytics.spendByCategory(sponsorId, period, clock.getZone()));
    }

    private List<Chart> influencerCharts(UUID influencerId, Period period) {
        return List.of(analytics.earningsByMonth(influencerId, period, clock.getZone()),
                analytics.offersByCategory(influencerId, period, clock.getZone()),
                analytics.bestPayingSponsors(influencerId, period, clock.getZone()));
    }

    /**
     * The period asked for, a missing end filled in from the last twelve months; null with the
     * errors beside the form's fields, which keep what was typed.
     */
    private Period periodOf(String from, String to, Model model) {
        Period.Form lastYear = Period.Form.of(Period.lastYear(YearMonth.now(clock)));
        Period.Form asked = new Period.Form(blank(from) ? lastYear.from() : from, blank(to) ? lastYear.to() : to);
        BindingResult binding = new DirectFieldBindingResult(asked, "period");
        model.addAttribute("period", asked);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "period", binding);
        return Period.read(asked, binding);
    }

    private ResponseEntity<String> csv(String id, Period period, List<Chart> charts) {
        if (period == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Give the period as months, such as from=2026-01&to=2026-10.");
        }
        Chart chart = charts.stream().filter(c -> c.id().equals(id)).findFirst()
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("sponsorlink-" + id + "-" + period.from() + "-to-" + period.to() + ".csv").build().toString())
            .body(chart.csv(fractionDigits));
    }

    private static String query(Period period) {
        return "?from=" + period.from() + "&to=" + period.to();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static UUID idOf(Principal principal) {
        return UUID.fromString(principal.getName());
    }
}
