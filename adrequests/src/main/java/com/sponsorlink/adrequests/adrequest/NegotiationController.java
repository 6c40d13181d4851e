package com.sponsorlink.adrequests.adrequest;

import static com.sponsorlink.adrequests.adrequest.AdRequestPages.idOf;
import static com.sponsorlink.adrequests.adrequest.AdRequestPages.versionOf;

import java.security.Principal;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.sponsorlink.adrequests.events.Party;

/**
 * Answers to an offer, the same for both sides: accept, counter or reject. The side is the URL
 * space ({@code /sponsor} or {@code /influencer}), which security already limits to that role, and
 * the request is looked up together with the signed-in user on that side, so anyone else's
 * answers 404.
 */
@Controller
class NegotiationController {

    private static final String PATH = "/{side:sponsor|influencer}/ad-requests/{id}";

    private final AdRequestService requests;
    private final Money money;

    NegotiationController(AdRequestService requests, Money money) {
        this.requests = requests;
        this.money = money;
    }

    @PostMapping(PATH + "/accept")
    String accept(@PathVariable String side, @PathVariable UUID id, @RequestParam(required = false) Integer version,
            Principal principal, RedirectAttributes redirect) {
        requests.accept(party(side), idOf(principal), id, versionOf(version));
        redirect.addFlashAttribute("flash", "You accepted the offer. The deal is agreed.");
        return redirectTo(side, id);
    }

    @PostMapping(PATH + "/counter")
    String counter(@PathVariable String side, @PathVariable UUID id, @Validated @ModelAttribute("offer") OfferForm offer,
            BindingResult errors, Principal principal, Model model, RedirectAttributes redirect) {
        Party party = party(side);
        Long amount = AmountInput.minorUnits(offer.amount(), "amount", errors, money);
        try {
            if (!errors.hasErrors()) {
                requests.counter(party, idOf(principal), id, versionOf(offer.version()), amount, offer.trimmedMessage());
                redirect.addFlashAttribute("flash", "Your counter-offer of " + money.describe(amount) + " was sent.");
                return redirectTo(side, id);
            }
        }
        catch (FieldRefusedException refused) {
            errors.rejectValue(refused.field(), "refused", refused.getMessage());
        }
        return page(side, id, principal, model);
    }

    @PostMapping(PATH + "/reject")
    String reject(@PathVariable String side, @PathVariable UUID id, @Validated @ModelAttribute("rejection") ReasonForm rejection,
            BindingResult errors, Principal principal, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(side, id, principal, model);
        }
        requests.reject(party(side), idOf(principal), id, versionOf(rejection.version()), rejection.trimmedReason());
        redirect.addFlashAttribute("flash", "You rejected the ad request.");
        return redirectTo(side, id);
    }

    private String page(String side, UUID id, Principal principal, Model model) {
        Party party = party(side);
        return AdRequestPages.detail(model, requests.detail(party, idOf(principal), id), party, base(side, id));
    }

    private static Party party(String side) {
        return Party.valueOf(side.toUpperCase(Locale.ROOT));
    }

    private static String base(String side, UUID id) {
        return "/" + side + "/ad-requests/" + id;
    }

    private static String redirectTo(String side, UUID id) {
        return "redirect:" + base(side, id);
    }
}
