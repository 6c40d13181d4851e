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

    LayoutModel(@Value("${app.currency:USD}") String currency) {
        this.currency = currency;
    }

    @ModelAttribute("currency")
    String currency() {
        return currency;
    }
}
