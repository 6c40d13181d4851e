package com.sponsorlink.app;

import org.springframework.beans.factory.annotation.Value;
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

    @ModelAttribute("currency")
    String currency() {
        return currency;
    }
}
