package com.sponsorlink.admin.console;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's view of the marketplace: every campaign and every ad request, with flags. A
 * request's negotiation history is shown by the ad requests context's read-only page at
 * {@code /admin/ad-requests/{id}}, whose flag form posts here.
 */
@Controller
@RequestMapping("/admin")
class MarketplaceController {

    private final CampaignDirectory campaigns;
    private final AdRequestDirectory requests;
    private final Moderation moderation;
    private final Clock clock;

    MarketplaceController(CampaignDirectory campaigns, AdRequestDirectory requests, Moderation moderation, Clock clock) {
        this.campaigns = campaigns;
        this.requests = requests;
        this.moderation = moderation;
        this.clock = clock;
    }

    @GetMapping("/campaigns")
    @Transactional(readOnly = true)
    String campaigns(@ModelAttribute("filter") CampaignFilter filter, @RequestParam(defaultValue = "1") int page, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("page", campaigns.search(filter, today, pageable(page)));
        model.addAttribute("today", today);
        model.addAttribute("phases", CampaignFilter.PHASES);
        return "admin/campaigns";
    }

    @GetMapping("/campaigns/{campaignId}")
    @Transactional(readOnly = true)
    String campaign(@PathVariable UUID campaignId, Model model) {
        model.addAttribute("campaign", campaigns.find(campaignId).filter(campaign -> !campaign.deleted())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("today", LocalDate.now(clock));
        if (!model.containsAttribute("decision")) {
            model.addAttribute("decision", ReasonForm.empty());
        }
        return "admin/campaign";
    }

    /** Flags or unflags a campaign; either way the reason goes to the audit trail. */
    @PostMapping("/campaigns/{campaignId}/{action:flag|unflag}")
    String decideOnCampaign(@PathVariable UUID campaignId, @PathVariable String action,
            @Validated @ModelAttribute("decision") ReasonForm decision, BindingResult errors, Principal admin, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return campaign(campaignId, model);
        }
        if ("flag".equals(action)) {
            moderation.flagCampaign(idOf(admin), campaignId, decision.trimmed());
            redirect.addFlashAttribute("flash", "The campaign is flagged: influencers no longer see it and it takes no "
                    + "new ad requests. Its sponsor sees your reason.");
        }
        else {
            moderation.unflagCampaign(idOf(admin), campaignId, decision.trimmed());
            redirect.addFlashAttribute("flash", "The flag was lifted; the campaign is back as it was.");
        }
        return "redirect:/admin/campaigns/" + campaignId;
    }

    @GetMapping("/ad-requests")
    @Transactional(readOnly = true)
    String adRequests(@ModelAttribute("filter") AdRequestFilter filter, @RequestParam(defaultValue = "1") int page,
            Model model) {
        model.addAttribute("page", requests.search(filter, pageable(page)));
        model.addAttribute("statuses", AdRequestFilter.STATUSES);
        model.addAttribute("campaign", filter.campaignId() == null ? null : campaigns.find(filter.campaignId()).orElse(null));
        return "admin/ad-requests";
    }

    /**
     * Flags (freezes) or unflags an ad request. The form sits on the ad requests context's page, so a
     * missing reason goes back there as a message.
     */
    @PostMapping("/ad-requests/{adRequestId}/{action:flag|unflag}")
    String decideOnAdRequest(@PathVariable UUID adRequestId, @PathVariable String action, @Validated ReasonForm decision,
            BindingResult errors, Principal admin, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("problem", errors.getFieldError("reason").getDefaultMessage());
        }
        else if ("flag".equals(action)) {
            moderation.flagAdRequest(idOf(admin), adRequestId, decision.trimmed());
            redirect.addFlashAttribute("flash", "The ad request is frozen until you lift the flag; both sides see your reason.");
        }
        else {
            moderation.unflagAdRequest(idOf(admin), adRequestId, decision.trimmed());
            redirect.addFlashAttribute("flash", "The flag was lifted; the negotiation may go on.");
        }
        return "redirect:/admin/ad-requests/" + adRequestId;
    }

    private static Pageable pageable(int page) {
        return PageRequest.of(Math.max(page, 1) - 1, AdminConsoleController.PAGE_SIZE);
    }

    private static UUID idOf(Principal admin) {
        return UUID.fromString(admin.getName());
    }
}
