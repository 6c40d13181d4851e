package com.sponsorlink.admin.analytics;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;

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
 * The admin's analytics of the marketplace: growth, volume and what is flagged, over a period of
 * months (the last twelve by default), each chart with its table and a CSV download of it.
 */
@Controller
class MarketplaceAnalyticsController {

    static final List<String> CHARTS = List.of("growth", "volume", "flagged");

    private final MarketplaceAnalytics analytics;
    private final Clock clock;
    private final int fractionDigits;

    MarketplaceAnalyticsController(MarketplaceAnalytics analytics, Clock clock, @Value("${app.currency:USD}") String currency) {
        this.analytics = analytics;
        this.clock = clock;
        this.fractionDigits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    }

    @GetMapping("/admin/analytics")
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        Period period = periodOf(from, to, model);
        if (period != null) {
            model.addAttribute("charts", CHARTS.stream().map(id -> chart(id, period)).toList());
        }
        return "admin/analytics";
    }

    @GetMapping("/admin/analytics/{chart}.csv")
    ResponseEntity<String> csv(@PathVariable String chart, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        Period period = periodOf(from, to, new ExtendedModelMap());
        if (period == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Give the period as months, such as from=2026-01&to=2026-10.");
        }
        Chart found = chart(chart, period);
        if (found == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("sponsorlink-" + chart + "-" + period.from() + "-to-" + period.to() + ".csv").build().toString())
            .body(found.csv(fractionDigits));
    }

    /** One chart by its id, so that a CSV download computes only the chart it serves; null for no such chart. */
    private Chart chart(String id, Period period) {
        return switch (id) {
            case "growth" -> analytics.growth(period, clock.getZone());
            case "volume" -> analytics.volume(period, clock.getZone());
            case "flagged" -> analytics.flagged();
            default -> null;
        };
    }

    /** The period asked for, a missing end filled in from the last twelve months; null with the errors beside the fields. */
    private Period periodOf(String from, String to, Model model) {
        Period.Form lastYear = Period.Form.of(Period.lastYear(YearMonth.now(clock)));
        Period.Form asked = new Period.Form(from == null || from.isBlank() ? lastYear.from() : from,
                to == null || to.isBlank() ? lastYear.to() : to);
        BindingResult binding = new DirectFieldBindingResult(asked, "period");
        model.addAttribute("period", asked);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "period", binding);
        return Period.read(asked, binding);
    }
}
