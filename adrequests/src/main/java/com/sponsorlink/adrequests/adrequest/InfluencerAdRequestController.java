package com.sponsorlink.adrequests.adrequest;

import static com.sponsorlink.adrequests.adrequest.AdRequestPages.PAGE_SIZE;
import static com.sponsorlink.adrequests.adrequest.AdRequestPages.idOf;

import java.security.Principal;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.sponsorlink.adrequests.events.Party;

/**
 * The influencer's side of ad requests: the dashboard, the inbox and asking to join public
 * campaigns ({@link NegotiationController} takes the answers to offers). Only requests addressed to
 * the signed-in influencer are found; any other answers 404.
 */
@Controller
@RequestMapping("/influencer")
class InfluencerAdRequestController {

    private static final String BASE = "/influencer/ad-requests/";
    private static final int AWAITING_ON_DASHBOARD = 5;
    private static final int OVERDUE_SHOWN = 10;

    private final AdRequestService requests;
    private final CollaborationService collaboration;
    private final Money money;

    InfluencerAdRequestController(AdRequestService requests, CollaborationService collaboration, Money money) {
        this.requests = requests;
        this.collaboration = collaboration;
        this.money = money;
    }

    @ModelAttribute("statuses")
    Status[] statuses() {
        return Status.values();
    }

    @GetMapping
    String dashboard(Principal principal, Model model) {
        UUID influencerId = idOf(principal);
        model.addAttribute("profile", requests.influencer(influencerId));
        AdRequests.Figures figures = requests.figures(influencerId);
        model.addAttribute("figures", figures);
        model.addAttribute("settlement", figures.settlement());
        model.addAttribute("awaiting", requests.inbox(influencerId, "AWAITING", PageRequest.of(0, AWAITING_ON_DASHBOARD)));
        model.addAttribute("overdue", collaboration.overdue(Party.INFLUENCER, influencerId, OVERDUE_SHOWN));
        return "adrequests/influencer-dashboard";
    }

    @GetMapping("/ad-requests")
    String inbox(Principal principal, @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("status", status);
        model.addAttribute("page", requests.inbox(idOf(principal), status, PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE)));
        return "adrequests/inbox";
    }

    @GetMapping("/ad-requests/{id}")
    String detail(@PathVariable UUID id, Principal principal, Model model) {
        return AdRequestPages.opened(model, requests.detail(Party.INFLUENCER, idOf(principal), id), Party.INFLUENCER,
                principal, collaboration);
    }

    @GetMapping("/campaigns/{campaignId}/join")
    String joinForm(@PathVariable UUID campaignId, Model model) {
        model.addAttribute("campaign", requests.joinable(campaignId));
        model.addAttribute("join", JoinForm.empty());
        return "adrequests/join";
    }

    @PostMapping("/campaigns/{campaignId}/join")
    String join(@PathVariable UUID campaignId, @Validated @ModelAttribute("join") JoinForm join, BindingResult errors,
            Principal principal, Model model, RedirectAttributes redirect) {
        model.addAttribute("campaign", requests.joinable(campaignId));
        Long amount = AmountInput.minorUnits(join.amount(), "amount", errors, money);
        if (errors.hasErrors()) {
            return "adrequests/join";
        }
        UUID id;
        try {
            id = requests.askToJoin(idOf(principal), campaignId, amount, join.pitch().strip());
        }
        catch (FieldRefusedException refused) {
            errors.rejectValue(refused.field(), "refused", refused.getMessage());
            return "adrequests/join";
        }
        redirect.addFlashAttribute("flash", "Your request to join was sent to the sponsor.");
        return "redirect:" + BASE + id;
    }
}
