package com.sponsorlink.app;

import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Values every page may show, whichever context renders it.
 */
@ControllerAdvice
class LayoutModel {

    private final String currency;
    private final PageLinks pageLinks;

    LayoutModel(@Value("${app.currency:USD}") String currency, PageLinks pageLinks) {
        this.currency = currency;
        this.pageLinks = pageLinks;
    }

    /** Template expressions in fragments may not reference beans, so the pager gets its link builder here. */
    @ModelAttribute("pageLinks")
    PageLinks pageLinks() {
        return pageLinks;
    }

    /** The signed-in user's role (SPONSOR, INFLUENCER, ADMIN) or null: one lookup for all the navigation links. */
    @ModelAttribute("role")
    String role(Authentication authentication) {
        if (authentication == null) {
            return null;
        }
        return authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(authority -> authority.startsWith("ROLE_"))
            .map(authority -> authority.substring("ROLE_".length()))
            .findFirst()
            .orElse(null);
    }

    @ModelAttribute("currency")
    String currency() {
        return currency;
    }

    /**
     * The main navigation of the signed-in user's role, the link of the section the page belongs
     * to marked current (the longest link the address starts with).
     */
    @ModelAttribute("navigation")
    List<NavItem> navigation(Authentication authentication, HttpServletRequest request) {
        List<String[]> links = switch (String.valueOf(role(authentication))) {
            case "SPONSOR" -> SPONSOR;
            case "INFLUENCER" -> INFLUENCER;
            case "ADMIN" -> ADMIN;
            default -> List.of();
        };
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String current = links.stream().map(link -> link[1])
            .filter(href -> path.equals(href) || path.startsWith(href + "/"))
            .max(Comparator.comparingInt(String::length))
            .orElse(null);
        return links.stream().map(link -> new NavItem(link[0], link[1], link[1].equals(current))).toList();
    }

    private static final List<String[]> SPONSOR = List.of(new String[] { "Dashboard", "/sponsor" },
            new String[] { "New campaign", "/sponsor/campaigns/new" }, new String[] { "Find influencers", "/sponsor/influencers" },
            new String[] { "Ad requests", "/sponsor/ad-requests" }, new String[] { "Analytics", "/sponsor/analytics" });
    private static final List<String[]> INFLUENCER = List.of(new String[] { "Dashboard", "/influencer" },
            new String[] { "Discover campaigns", "/influencer/campaigns" }, new String[] { "Ad requests", "/influencer/ad-requests" },
            new String[] { "Analytics", "/influencer/analytics" });
    private static final List<String[]> ADMIN = List.of(new String[] { "Overview", "/admin" },
            new String[] { "Approvals", "/admin/sponsors" }, new String[] { "Appeals", "/admin/appeals" },
            new String[] { "Users", "/admin/users" },
            new String[] { "Campaigns", "/admin/campaigns" }, new String[] { "Ad requests", "/admin/ad-requests" },
            new String[] { "Analytics", "/admin/analytics" }, new String[] { "Deliveries", "/admin/deliveries" },
            new String[] { "Audit", "/admin/audit" });

    /** A link of the main navigation. */
    public record NavItem(String label, String href, boolean current) {
    }
}
