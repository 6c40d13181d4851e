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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.sponsorlink.adrequests.events.Party;

/**
 * The steps after the deal, on the ad request's page: messages (both sides), deliverables handed in
 * by the influencer and reviewed by the sponsor, payments recorded by the sponsor and confirmed by
 * the influencer. As for offers, the side is the URL space, which security limits to that role,
 * and every lookup includes the signed-in user, so anyone else's request answers 404. A form with
 * errors comes back on the request's page with the typed values and a message beside the field.
 */
@Controller
class CollaborationController {

    private static final String SPONSOR = "/sponsor/ad-requests/{id}";
    private static final String INFLUENCER = "/influencer/ad-requests/{id}";

    private final CollaborationService collaboration;
    private final AdRequestService requests;
    private final Money money;

    CollaborationController(CollaborationService collaboration, AdRequestService requests, Money money) {
        this.collaboration = collaboration;
        this.requests = requests;
        this.money = money;
    }

    @PostMapping("/{side:sponsor|influencer}/ad-requests/{id}/messages")
    String message(@PathVariable String side, @PathVariable UUID id, @Validated @ModelAttribute("chatMessage") MessageForm message,
            BindingResult errors, Principal principal, Model model, RedirectAttributes redirect) {
        Party party = Party.valueOf(side.toUpperCase(Locale.ROOT));
        if (errors.hasErrors()) {
            return page(party, id, principal, model);
        }
        collaboration.sendMessage(party, idOf(principal), id, message.text().strip());
        redirect.addFlashAttribute("flash", "Your message was sent.");
        return redirect(party, id, "#thread");
    }

    @PostMapping(INFLUENCER + "/deliverables")
    String submit(@PathVariable UUID id, @Validated @ModelAttribute("deliverable") DeliverableForm deliverable,
            BindingResult errors, Principal principal, Model model, RedirectAttributes redirect) {
        if (deliverable.trimmedTitle().isEmpty() && !errors.hasFieldErrors("title")) {
            errors.rejectValue("title", "required", "Name the deliverable, such as \"Instagram reel\".");
        }
        if (errors.hasErrors()) {
            return page(Party.INFLUENCER, id, principal, model);
        }
        collaboration.submit(idOf(principal), id, versionOf(deliverable.version()), deliverable.trimmedTitle(),
                deliverable.trimmedLink(), deliverable.trimmedNote());
        redirect.addFlashAttribute("flash", "\"" + deliverable.trimmedTitle() + "\" was handed in for the sponsor's review.");
        return redirect(Party.INFLUENCER, id, "#deliverables");
    }

    @PostMapping(INFLUENCER + "/deliverables/{deliverableId}/resubmit")
    String resubmit(@PathVariable UUID id, @PathVariable UUID deliverableId,
            @Validated @ModelAttribute("resubmission") DeliverableForm resubmission, BindingResult errors, Principal principal,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("resubmitting", deliverableId);
            return page(Party.INFLUENCER, id, principal, model);
        }
        collaboration.resubmit(idOf(principal), id, deliverableId, versionOf(resubmission.version()),
                resubmission.trimmedLink(), resubmission.trimmedNote());
        redirect.addFlashAttribute("flash", "Your new version was handed in for the sponsor's review.");
        return redirect(Party.INFLUENCER, id, "#deliverables");
    }

    @PostMapping(SPONSOR + "/deliverables/{deliverableId}/approve")
    String approve(@PathVariable UUID id, @PathVariable UUID deliverableId,
            @Validated @ModelAttribute("review") ReviewForm review, BindingResult errors, Principal principal, Model model,
            RedirectAttributes redirect) {
        return review(id, deliverableId, review, errors, true, principal, model, redirect);
    }

    @PostMapping(SPONSOR + "/deliverables/{deliverableId}/request-changes")
    String requestChanges(@PathVariable UUID id, @PathVariable UUID deliverableId,
            @Validated @ModelAttribute("review") ReviewForm review, BindingResult errors, Principal principal, Model model,
            RedirectAttributes redirect) {
        return review(id, deliverableId, review, errors, false, principal, model, redirect);
    }

    @PostMapping(SPONSOR + "/payments")
    String recordPayment(@PathVariable UUID id, @Validated @ModelAttribute("payment") PaymentForm payment,
            BindingResult errors, Principal principal, Model model, RedirectAttributes redirect) {
        Long amount = AmountInput.minorUnits(payment.amount(), "amount", errors, money);
        try {
            if (!errors.hasErrors()) {
                collaboration.recordPayment(idOf(principal), id, versionOf(payment.version()), amount, payment.paidDate(),
                        payment.reference().strip());
                redirect.addFlashAttribute("flash", "The payment of " + money.describe(amount) + " was recorded; "
                        + "the influencer is asked to confirm it.");
                return redirect(Party.SPONSOR, id, "#payments");
            }
        }
        catch (FieldRefusedException refused) {
            errors.rejectValue(refused.field(), "refused", refused.getMessage());
        }
        return page(Party.SPONSOR, id, principal, model);
    }

    @PostMapping(INFLUENCER + "/payments/{paymentId}/confirm")
    String confirmPayment(@PathVariable UUID id, @PathVariable UUID paymentId, Principal principal,
            RedirectAttributes redirect) {
        collaboration.confirmPayment(idOf(principal), id, paymentId);
        redirect.addFlashAttribute("flash", "You confirmed the payment arrived.");
        return redirect(Party.INFLUENCER, id, "#payments");
    }

    private String review(UUID id, UUID deliverableId, ReviewForm review, BindingResult errors, boolean approve,
            Principal principal, Model model, RedirectAttributes redirect) {
        try {
            if (!errors.hasErrors()) {
                collaboration.review(idOf(principal), id, deliverableId, versionOf(review.version()), approve,
                        review.trimmedFeedback());
                redirect.addFlashAttribute("flash", approve ? "You approved the deliverable."
                        : "You asked for changes; the influencer can hand it in again.");
                return redirect(Party.SPONSOR, id, "#deliverables");
            }
        }
        catch (FieldRefusedException refused) {
            errors.rejectValue(refused.field(), "refused", refused.getMessage());
        }
        model.addAttribute("reviewing", deliverableId);
        return page(Party.SPONSOR, id, principal, model);
    }

    private String page(Party party, UUID id, Principal principal, Model model) {
        return AdRequestPages.detail(model, requests.detail(party, idOf(principal), id), party,
                "/" + party.name().toLowerCase(Locale.ROOT) + "/ad-requests/" + id);
    }

    private static String redirect(Party party, UUID id, String anchor) {
        return "redirect:/" + party.name().toLowerCase(Locale.ROOT) + "/ad-requests/" + id + anchor;
    }
}
