package com.sponsorlink.adrequests.adrequest;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.sponsorlink.adrequests.events.AdRequestFlagged;
import com.sponsorlink.adrequests.events.AdRequestUnflagged;

/**
 * Enforces the admin console's flags on ad requests, inside the deciding transaction, so a frozen
 * request refuses every step from the moment the admin's decision is saved.
 */
@Component
class AdRequestDecisions {

    private final AdRequestService requests;

    AdRequestDecisions(AdRequestService requests) {
        this.requests = requests;
    }

    @EventListener
    void on(AdRequestFlagged event) {
        requests.flag(event.adRequestId(), true, event.reason());
    }

    @EventListener
    void on(AdRequestUnflagged event) {
        requests.flag(event.adRequestId(), false, null);
    }
}
