package com.sponsorlink.adrequests.adrequest;

import static com.sponsorlink.adrequests.adrequest.AdRequestPages.PAGE_SIZE;
import static com.sponsorlink.adrequests.adrequest.AdRequestPages.idOf;
import static com.sponsorlink.adrequests.adrequest.AdRequestPages.versionOf;

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

import com.sponsorlink.adrequests.adrequest.AdRequestService.Detail;
import com.sponsorlink.adrequests.events.Party;

/**
 * The sponsor's side of ad requests: the overview by campaign, the list, sending, editing,
 * cancelling, deleting and completing requests ({@link NegotiationController} takes the answers to
 * offers). Every request is looked up together with its sponsor, so
 * another sponsor's request answers 404 for reads and crafted posts alike.
 */
@Controller
@RequestMapping("/sponsor/ad-requests")
class SponsorAdRequestController {

    private static final String FORM = "adrequests/ad-request-form";
    private static final String BASE = "/sponsor/ad-requests/";
    private static final int OVERDUE_SHOWN = 10;

    private final AdRequestService requests;
    private final CollaborationService collaboration;
    private final Money money;

    SponsorAdRequestController(AdRequestService requests, CollaborationService collaboration, Money money) {
        this.requests = requests;
        this.collaboration = collaboration;
        this.money = money;
    }

    @ModelAttribute("statuses")
    Status[] statuses() {
        return Status.values();
    }

    @GetMapping
    String overview(Principal principal, @RequestParam(defaultValue = "1") int page, Model model) {
        UUID sponsorId = idOf(principal);
        model.addAttribute("tallies", requests.byCampaign(sponsorId, pageRequest(page)));
        model.addAttribute("settlement", collaboration.settlement(Party.SPONSOR, sponsorId));
        model.addAttribute("overdue", collaboration.overdue(Party.SPONSOR, sponsorId, OVERDUE_SHOWN));
        return "adrequests/sponsor-overview";
    }

    @GetMapping("/list")
    String list(Principal principal, @RequestParam(required = false) String campaign,
            @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "1") int page, Model model) {
        UUID sponsorId = idOf(principal);
        UUID campaignId = Ids.parse(campaign);
        model.addAttribute("campaign", campaignId == null ? null : requests.ownCampaign(sponsorId, campaignId));
        model.addAttribute("status", status);
        model.addAttribute("page", requests.ofSponsor(sponsorId, campaignId, status, pageRequest(page)));
        return "adrequests/sponsor-list";
    }

    @GetMapping("/new")
    String newRequest(Principal principal, @RequestParam(required = false) String campaign,
            @RequestParam(required = false) String influencer, @RequestParam(required = false) String q, Model model) {
        model.addAttribute("form", new AdRequestForm(campaign, influencer, null, null, null, null));
        model.addAttribute("q", q);
        return form(idOf(principal), model);
    }

    @PostMapping
    String create(@Validated @ModelAttribute("form") AdRequestForm form, BindingResult errors, Principal principal,
            Model model, RedirectAttributes redirect) {
        UUID sponsorId = idOf(principal);
        UUID campaignId = checkId(form.campaignId(), "campaignId", "Choose one of your campaigns.", errors);
        UUID influencerId = checkId(form.influencerId(), "influencerId", "Choose the influencer.", errors);
        Long payment = AmountInput.minorUnits(form.payment(), "payment", errors, money);
        if (errors.hasErrors()) {
            return form(sponsorId, model);
        }
        UUID id;
        try {
            id = requests.create(sponsorId, campaignId, influencerId, form.trimmedRequirements(), form.dueDate(), payment);
        }
        catch (FieldRefusedException refused) {
            errors.rejectValue(refused.field(), "refused", refused.getMessage());
            return form(sponsorId, model);
        }
        redirect.addFlashAttribute("flash", "Your ad request was sent to " + requests.influencer(influencerId).displayName() + ".");
        return "redirect:" + BASE + id;
    }

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Principal principal, Model model) {
        return AdRequestPages.opened(model, requests.detail(Party.SPONSOR, idOf(principal), id), Party.SPONSOR, principal,
                collaboration);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Principal principal, @RequestParam(required = false) String influencer,
            @RequestParam(required = false) String q, Model model) {
        AdRequest request = requests.of(Party.SPONSOR, idOf(principal), id);
        AdRequestForm form = AdRequestForm.of(request, money);
        model.addAttribute("form", influencer == null ? form : form.addressedTo(influencer));
        model.addAttribute("q", q);
        return editForm(idOf(principal), id, model);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable UUID id, @Validated @ModelAttribute("form") AdRequestForm form, BindingResult errors,
            Principal principal, Model model, RedirectAttributes redirect) {
        UUID sponsorId = idOf(principal);
        requests.of(Party.SPONSOR, sponsorId, id);
        UUID influencerId = checkId(form.influencerId(), "influencerId", "Choose the influencer.", errors);
        Long payment = AmountInput.minorUnits(form.payment(), "payment", errors, money);
        if (errors.hasFieldErrors("influencerId") || errors.hasFieldErrors("requirements") || errors.hasFieldErrors("payment")
                || errors.hasFieldErrors("dueDate")) {
            return editForm(sponsorId, id, model);
        }
        try {
            requests.edit(sponsorId, id, versionOf(form.version()), influencerId, form.trimmedRequirements(), form.dueDate(),
                    payment);
        }
        catch (FieldRefusedException refused) {
            errors.rejectValue(refused.field(), "refused", refused.getMessage());
            return editForm(sponsorId, id, model);
        }
        catch (StaleAdRequestException stale) {
            errors.reject("stale", stale.getMessage());
            return editForm(sponsorId, id, model);
        }
        redirect.addFlashAttribute("flash", "Your changes were saved.");
        return "redirect:" + BASE + id;
    }

    @PostMapping("/{id}/complete")
    String complete(@PathVariable UUID id, @RequestParam(required = false) Integer version, Principal principal,
            RedirectAttributes redirect) {
        requests.complete(idOf(principal), id, versionOf(version));
        redirect.addFlashAttribute("flash", "The ad request is marked completed.");
        return "redirect:" + BASE + id;
    }

    @GetMapping("/{id}/cancel")
    String confirmCancel(@PathVariable UUID id, Principal principal, Model model) {
        Detail detail = requests.detail(Party.SPONSOR, idOf(principal), id);
        model.addAttribute("detail", detail);
        model.addAttribute("refusal", detail.request().whyCannotCancel());
        model.addAttribute("cancellation", ReasonForm.empty(detail.request().version()));
        return "adrequests/cancel";
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable UUID id, @Validated @ModelAttribute("cancellation") ReasonForm cancellation,
            BindingResult errors, Principal principal, Model model, RedirectAttributes redirect) {
        UUID sponsorId = idOf(principal);
        if (errors.hasErrors()) {
            model.addAttribute("detail", requests.detail(Party.SPONSOR, sponsorId, id));
            return "adrequests/cancel";
        }
        requests.cancel(sponsorId, id, versionOf(cancellation.version()), cancellation.trimmedReason());
        redirect.addFlashAttribute("flash", "The ad request was cancelled.");
        return "redirect:" + BASE + id;
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable UUID id, Principal principal, Model model) {
        Detail detail = requests.detail(Party.SPONSOR, idOf(principal), id);
        model.addAttribute("detail", detail);
        model.addAttribute("refusal", detail.request().whyCannotDelete());
        return "adrequests/delete";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, @RequestParam(required = false) Integer version, Principal principal,
            RedirectAttributes redirect) {
        requests.delete(idOf(principal), id, versionOf(version));
        redirect.addFlashAttribute("flash", "The ad request was deleted.");
        return "redirect:/sponsor/ad-requests/list";
    }

    private String form(UUID sponsorId, Model model) {
        model.addAttribute("campaigns", requests.openCampaignsOf(sponsorId));
        return withInfluencerPicker(model);
    }

    private String editForm(UUID sponsorId, UUID id, Model model) {
        Detail detail = requests.detail(Party.SPONSOR, sponsorId, id);
        model.addAttribute("detail", detail);
        model.addAttribute("refusal", detail.request().whyCannotEdit());
        return withInfluencerPicker(model);
    }

    /** The influencer chosen in the form, and those matching the picker's search. */
    private String withInfluencerPicker(Model model) {
        AdRequestForm form = (AdRequestForm) model.getAttribute("form");
        model.addAttribute("chosen", requests.addressable(form.influencer()).orElse(null));
        model.addAttribute("matches", requests.influencersNamed((String) model.getAttribute("q")));
        return FORM;
    }

    private static UUID checkId(String text, String field, String message, BindingResult errors) {
        UUID id = Ids.parse(text);
        if (id == null && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "unknown", message);
        }
        return id;
    }

    private static PageRequest pageRequest(int page) {
        return PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE);
    }
}
