package com.sponsorlink.app;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Builds pagination links for templates ({@code pageLinks.url(n)}): the current request with its
 * {@code page} parameter (1-based) replaced, so searches and filters survive paging.
 */
@Component
public class PageLinks {

    public String url(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
            .replaceQueryParam("page", page)
            .build()
            .toUriString();
    }
}
