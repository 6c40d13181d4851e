package com.sponsorlink.app;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

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
}
