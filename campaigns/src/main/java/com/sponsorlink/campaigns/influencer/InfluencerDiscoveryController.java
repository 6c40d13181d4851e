package com.sponsorlink.campaigns.influencer;

import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import com.sponsorlink.identity.events.Category;
import com.sponsorlink.identity.events.Platform;

/**
 * Sponsors find influencers by category, niche, reach and platform. Suspended influencers are not
 * listed and their profile answers 404.
 */
@Controller
@RequestMapping("/sponsor/influencers")
class InfluencerDiscoveryController {

    static final int PAGE_SIZE = 20;

    private final Influencers influencers;

    InfluencerDiscoveryController(Influencers influencers) {
        this.influencers = influencers;
    }

    @GetMapping
    @Transactional(readOnly = true)
    String search(@ModelAttribute("search") InfluencerSearch search, BindingResult typos,
            @RequestParam(defaultValue = "1") int page, Model model) {
        search.reportTypos(typos);
        model.addAttribute("categories", Category.values());
        model.addAttribute("platforms", Platform.values());
        model.addAttribute("page", influencers.search(search, PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE)));
        return "campaigns/influencers";
    }

    @GetMapping("/{influencerId}")
    @Transactional(readOnly = true)
    String influencer(@PathVariable UUID influencerId, Model model) {
        model.addAttribute("influencer",
                influencers.findListed(influencerId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "campaigns/influencer";
    }
}
