package com.sponsorlink.adrequests.adrequest;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The admin's read-only view of any ad request with its whole history, for oversight.
 */
@Controller
class AdminAdRequestController {

    private final AdRequestService requests;

    AdminAdRequestController(AdRequestService requests) {
        this.requests = requests;
    }

    @GetMapping("/admin/ad-requests/{id}")
    String detail(@PathVariable UUID id, Model model) {
        return AdRequestPages.detail(model, requests.detailForAdmin(id), null, "/admin/ad-requests/" + id);
    }
}
