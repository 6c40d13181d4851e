package com.sponsorlink.app;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }

    /** Where a sign-in lands when it did not start from a protected page: the role's own dashboard. */
    @GetMapping("/dashboard")
    String dashboard(Authentication authentication) {
        return authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .map(authority -> switch (authority) {
                case "ROLE_ADMIN" -> "redirect:/admin";
                case "ROLE_SPONSOR" -> "redirect:/sponsor";
                case "ROLE_INFLUENCER" -> "redirect:/influencer";
                default -> null;
            })
            .filter(view -> view != null)
            .findFirst()
            .orElse("redirect:/");
    }
}
