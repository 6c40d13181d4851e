package com.sponsorlink.adrequests.analytics;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

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

    static final List<String> SPONSOR_CHARTS = List.of("budgets", "funnel", "spend-by-month", "spend-by-category");
    static final List<String> INFLUENCER_CHARTS = List.of("earnings-by-month", "offers-by-category", "best-paying-sponsors");

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
            model.addAttribute("charts", SPONSOR_CHARTS.stream().map(id -> sponsorChart(id, sponsorId, period, () -> figures)).toList());
        }
        return "adrequests/sponsor-analytics";
    }

    @GetMapping("/sponsor/analytics/{chart}.csv")
    ResponseEntity<String> sponsorCsv(@PathVariable String chart, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Principal principal) {
        Period period = readable(periodOf(from, to, new ExtendedModelMap()));
        UUID sponsorId = idOf(principal);
        return csv(sponsorChart(chart, sponsorId, period, () -> analytics.sponsorFigures(sponsorId, period, clock.getZone())), period);
    }

    @GetMapping("/influencer/analytics")
    String influencer(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            Principal principal, Model model) {
        Period period = periodOf(from, to, model);
        if (period != null) {
            UUID influencerId = idOf(principal);
            model.addAttribute("figures", analytics.influencerFigures(influencerId, period, clock.getZone()));
            model.addAttribute("charts", INFLUENCER_CHARTS.stream().map(id -> influencerChart(id, influencerId, period)).toList());
        }
        return "adrequests/influencer-analytics";
    }

    @GetMapping("/influencer/analytics/{chart}.csv")
    ResponseEntity<String> influencerCsv(@PathVariable String chart, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Principal principal) {
        Period period = readable(periodOf(from, to, new ExtendedModelMap()));
        return csv(influencerChart(chart, idOf(principal), period), period);
    }

    /** One of the sponsor's charts by its id, so that a CSV download computes only the chart it serves; null for no such chart. */
    private Chart sponsorChart(String id, UUID sponsorId, Period period, Supplier<AdRequestAnalytics.Figures> figures) {
        ZoneId zone = clock.getZone();
        return switch (id) {
            case "budgets" -> analytics.budgets(sponsorId, period);
            case "funnel" -> analytics.funnel(figures.get());
            case "spend-by-month" -> analytics.spendByMonth(sponsorId, period, zone);
            case "spend-by-category" -> analytics.spendByCategory(sponsorId, period, zone);
            default -> null;
        };
    }

    private Chart influencerChart(String id, UUID influencerId, Period period) {
        ZoneId zone = clock.getZone();
        return switch (id) {
            case "earnings-by-month" -> analytics.earningsByMonth(influencerId, period, zone);
            case "offers-by-category" -> analytics.offersByCategory(influencerId, period, zone);
            case "best-paying-sponsors" -> analytics.bestPayingSponsors(influencerId, period, zone);
            default -> null;
        };
    }

    private static Period readable(Period period) {
        if (period == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Give the period as months, such as from=2026-01&to=2026-10.");
        }
        return period;
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

    private ResponseEntity<String> csv(Chart chart, Period period) {
        if (chart == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String id = chart.id();
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("sponsorlink-" + id + "-" + period.from() + "-to-" + period.to() + ".csv").build().toString())
            .body(chart.csv(fractionDigits));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static UUID idOf(Principal principal) {
        return UUID.fromString(principal.getName());
    }
}
