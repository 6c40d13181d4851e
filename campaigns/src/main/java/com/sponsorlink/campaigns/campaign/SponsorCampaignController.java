package com.sponsorlink.campaigns.campaign;

import java.security.Principal;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.sponsorlink.campaigns.events.Visibility;
import com.sponsorlink.identity.events.Category;

/**
 * A sponsor's dashboard and their own campaigns. Every campaign is looked up together with its
 * owner, so another sponsor's campaign answers 404 for reads and crafted posts alike.
 */
@Controller
@RequestMapping("/sponsor")
class SponsorCampaignController {

    static final int PAGE_SIZE = 20;
    private static final String FORM = "campaigns/campaign-form";

    private final CampaignService campaigns;
    private final CampaignAppealService appeals;
    private final Money money;

    SponsorCampaignController(CampaignService campaigns, CampaignAppealService appeals, Money money) {
        this.campaigns = campaigns;
        this.appeals = appeals;
        this.money = money;
    }

    @ModelAttribute("categories")
    Category[] categories() {
        return Category.values();
    }

    @ModelAttribute("visibilities")
    Visibility[] visibilities() {
        return Visibility.values();
    }

    @GetMapping
    String dashboard(Principal principal, @ModelAttribute("sort") CampaignSort sort,
            @RequestParam(defaultValue = "1") int page, Model model) {
        UUID sponsorId = idOf(principal);
        Sponsor sponsor = campaigns.sponsor(sponsorId);
        model.addAttribute("sponsor", sponsor);
        model.addAttribute("refusal", CampaignService.whyCannotPublish(sponsor));
        model.addAttribute("page", campaigns.ofSponsor(sponsorId, sort, PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE)));
        model.addAttribute("today", campaigns.today());
        return "campaigns/sponsor-dashboard";
    }

    @GetMapping("/campaigns/new")
    String newCampaign(Principal principal, Model model) {
        model.addAttribute("refusal", CampaignService.whyCannotPublish(campaigns.sponsor(idOf(principal))));
        model.addAttribute("form", CampaignForm.empty());
        return FORM;
    }

    @PostMapping("/campaigns")
    String create(@Validated @ModelAttribute("form") CampaignForm form, BindingResult errors, Principal principal,
            RedirectAttributes redirect) {
        rejectEndBeforeStart(form, errors);
        if (errors.hasErrors()) {
            return FORM;
        }
        UUID campaignId = campaigns.create(idOf(principal), form);
        redirect.addFlashAttribute("flash", "Campaign \"" + form.name().strip() + "\" was created.");
        return "redirect:/sponsor/campaigns/" + campaignId;
    }

    @GetMapping("/campaigns/{campaignId}")
    String campaign(@PathVariable UUID campaignId, Principal principal, Model model) {
        Campaign campaign = campaigns.owned(campaignId, idOf(principal));
        model.addAttribute("campaign", campaign);
        model.addAttribute("today", campaigns.today());
        model.addAttribute("appealState", appeals.appealState(campaign).orElse(null));
        if (!model.containsAttribute("appealForm")) {
            model.addAttribute("appealForm", FlagAppealForm.empty());
        }
        return "campaigns/campaign";
    }

    @PostMapping("/campaigns/{campaignId}/appeal")
    String appeal(@PathVariable UUID campaignId, @Validated @ModelAttribute("appealForm") FlagAppealForm form,
            BindingResult errors, Principal principal, Model model, RedirectAttributes redirect) {
        UUID sponsorId = idOf(principal);
        appeals.appealable(sponsorId, campaignId);
        if (errors.hasErrors()) {
            return campaign(campaignId, principal, model);
        }
        appeals.appeal(sponsorId, campaignId, form.text());
        redirect.addFlashAttribute("flash", "Your appeal was sent. An admin will review it and you will be told the decision.");
        return "redirect:/sponsor/campaigns/" + campaignId;
    }

    @GetMapping("/campaigns/{campaignId}/edit")
    String edit(@PathVariable UUID campaignId, Principal principal, Model model) {
        Campaign campaign = campaigns.owned(campaignId, idOf(principal));
        model.addAttribute("campaign", campaign);
        model.addAttribute("form", CampaignForm.of(campaign, money));
        return FORM;
    }

    @PostMapping("/campaigns/{campaignId}/edit")
    String update(@PathVariable UUID campaignId, @Validated @ModelAttribute("form") CampaignForm form,
            BindingResult errors, Principal principal, Model model, RedirectAttributes redirect) {
        UUID sponsorId = idOf(principal);
        model.addAttribute("campaign", campaigns.owned(campaignId, sponsorId));
        rejectEndBeforeStart(form, errors);
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            campaigns.update(sponsorId, campaignId, form);
        }
        catch (BudgetBelowCommitmentException tooLow) {
            errors.rejectValue("budget", "belowCommitment", tooLow.getMessage());
            return FORM;
        }
        catch (StaleCampaignException stale) {
            errors.reject("stale", stale.getMessage());
            return FORM;
        }
        redirect.addFlashAttribute("flash", "Your changes to \"" + form.name().strip() + "\" were saved.");
        return "redirect:/sponsor/campaigns/" + campaignId;
    }

    @GetMapping("/campaigns/{campaignId}/delete")
    String confirmDelete(@PathVariable UUID campaignId, Principal principal, Model model) {
        model.addAttribute("campaign", campaigns.owned(campaignId, idOf(principal)));
        return "campaigns/campaign-delete";
    }

    @PostMapping("/campaigns/{campaignId}/delete")
    String delete(@PathVariable UUID campaignId, Principal principal, RedirectAttributes redirect) {
        String name = campaigns.delete(idOf(principal), campaignId);
        redirect.addFlashAttribute("flash", "Campaign \"" + name + "\" was deleted.");
        return "redirect:/sponsor";
    }

    @ExceptionHandler(CampaignRefusedException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(CampaignRefusedException refusal, Model model) {
        model.addAttribute("message", refusal.getMessage());
        return "conflict";
    }

    private static void rejectEndBeforeStart(CampaignForm form, BindingResult errors) {
        if (form.endsBeforeItStarts() && !errors.hasFieldErrors("endDate")) {
            errors.rejectValue("endDate", "beforeStart", "The end date cannot be before the start date.");
        }
    }

    private static UUID idOf(Principal principal) {
        return UUID.fromString(principal.getName());
    }
}
