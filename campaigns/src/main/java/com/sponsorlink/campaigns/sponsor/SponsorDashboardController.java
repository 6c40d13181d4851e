package com.sponsorlink.campaigns.sponsor;

import java.security.Principal;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The sponsor's landing page: where their approval stands and what they may do next.
 */
@Controller
class SponsorDashboardController {

    private final Sponsors sponsors;

    SponsorDashboardController(Sponsors sponsors) {
        this.sponsors = sponsors;
    }

    @GetMapping("/sponsor")
    @Transactional(readOnly = true)
    String dashboard(Principal principal, Model model) {
        Sponsor sponsor = sponsors.find(UUID.fromString(principal.getName()))
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("sponsor", sponsor);
        return "campaigns/sponsor-dashboard";
    }
}
