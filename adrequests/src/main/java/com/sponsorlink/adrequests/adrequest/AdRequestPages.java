package com.sponsorlink.adrequests.adrequest;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import com.sponsorlink.adrequests.adrequest.AdRequestService.Detail;
import com.sponsorlink.adrequests.events.Party;

/**
 * What the ad request pages share: the request page's model, and the refusal page for a step the
 * rules do not allow (409, with the reason, never a stack trace).
 */
@ControllerAdvice(basePackageClasses = AdRequestPages.class)
class AdRequestPages {

    static final int PAGE_SIZE = 20;
    static final String DETAIL = "adrequests/ad-request";
    private static final Pattern STEP_ON_A_REQUEST =
            Pattern.compile("(/(?:sponsor|influencer)/ad-requests/[0-9a-fA-F-]{36})/[a-z0-9/-]+");

    /** Fills the request page for a viewer; forms already in the model (with their errors) are kept. */
    static String detail(Model model, Detail detail, Party viewer, String base) {
        model.addAttribute("detail", detail);
        model.addAttribute("viewer", viewer);
        model.addAttribute("base", base);
        int version = detail.request().version();
        if (!model.containsAttribute("offer")) {
            model.addAttribute("offer", OfferForm.empty(version));
        }
        if (!model.containsAttribute("rejection")) {
            model.addAttribute("rejection", ReasonForm.empty(version));
        }
        Object rejectionErrors = model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "rejection");
        model.addAttribute("rejectionHasErrors", rejectionErrors instanceof Errors errors && errors.hasErrors());
        if (!model.containsAttribute("chatMessage")) {
            model.addAttribute("chatMessage", MessageForm.empty());
        }
        if (!model.containsAttribute("deliverable")) {
            model.addAttribute("deliverable", DeliverableForm.empty(version));
        }
        if (!model.containsAttribute("resubmission")) {
            model.addAttribute("resubmission", DeliverableForm.empty(version));
        }
        if (!model.containsAttribute("review")) {
            model.addAttribute("review", new ReviewForm(null, version));
        }
        if (!model.containsAttribute("payment")) {
            model.addAttribute("payment", PaymentForm.empty(version, detail.today()));
        }
        if (!model.containsAttribute("readUpTo")) {
            model.addAttribute("readUpTo", detail.lastPosition());
        }
        return DETAIL;
    }

    /**
     * The request's page for its sponsor or influencer opening it: entries the other side added
     * since their last visit are marked new, and the visit is recorded.
     */
    static String opened(Model model, Detail detail, Party viewer, java.security.Principal principal,
            CollaborationService collaboration) {
        UUID id = detail.request().id();
        int readUpTo = collaboration.readUpTo(viewer, id);
        if (detail.lastPosition() > readUpTo) {
            collaboration.read(viewer, idOf(principal), id, detail.lastPosition());
        }
        model.addAttribute("readUpTo", readUpTo);
        return detail(model, detail, viewer,
                "/" + viewer.name().toLowerCase(java.util.Locale.ROOT) + "/ad-requests/" + id);
    }

    static UUID idOf(java.security.Principal principal) {
        return UUID.fromString(principal.getName());
    }

    static int versionOf(Integer version) {
        return version == null ? -1 : version;
    }

    @ExceptionHandler(AdRequestRefusedException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(AdRequestRefusedException refusal, HttpServletRequest request, Model model) {
        model.addAttribute("message", refusal.getMessage());
        Matcher step = STEP_ON_A_REQUEST.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (step.matches()) {
            model.addAttribute("retry", step.group(1));
            model.addAttribute("retryLabel", "Open the ad request again");
        }
        return "conflict";
    }
}
