package com.sponsorlink.campaigns.campaign;

import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.sponsorlink.identity.events.Category;

/**
 * Influencers discover listed campaigns: public, not flagged, from sponsors in good standing. Any
 * other campaign answers 404 here.
 */
@Controller
@RequestMapping("/influencer/campaigns")
class CampaignDiscoveryController {

    static final int PAGE_SIZE = 20;

    private final CampaignService campaigns;

    CampaignDiscoveryController(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping
    String search(@ModelAttribute("search") CampaignSearch search, BindingResult typos,
            @RequestParam(defaultValue = "1") int page, Model model) {
        search.reportTypos(typos);
        model.addAttribute("categories", Category.values());
        model.addAttribute("page", campaigns.discover(search, PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE)));
        model.addAttribute("today", campaigns.today());
        return "campaigns/discover-campaigns";
    }

    @GetMapping("/{campaignId}")
    String campaign(@PathVariable UUID campaignId, Model model) {
        model.addAttribute("listed", campaigns.listed(campaignId));
        model.addAttribute("today", campaigns.today());
        return "campaigns/listed-campaign";
    }
}
