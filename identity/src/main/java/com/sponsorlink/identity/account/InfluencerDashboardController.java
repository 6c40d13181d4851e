package com.sponsorlink.identity.account;

import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The influencer's landing page: the public profile sponsors will see when they search.
 */
@Controller
class InfluencerDashboardController {

    private final AccountService accounts;

    InfluencerDashboardController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/influencer")
    String dashboard(Authentication authentication, Model model) {
        UUID influencerId = UUID.fromString(authentication.getName());
        model.addAttribute("account", accounts.account(influencerId));
        model.addAttribute("profile", accounts.influencerProfile(influencerId));
        return "identity/influencer-dashboard";
    }
}
