package com.sponsorlink.admin.console;

import java.security.Principal;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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

/**
 * Appeals of suspensions and campaign flags: the list, and upholding or lifting each with a reason.
 */
@Controller
@RequestMapping("/admin/appeals")
class AppealsController {

    private final AppealDirectory appeals;
    private final Moderation moderation;

    AppealsController(AppealDirectory appeals, Moderation moderation) {
        this.appeals = appeals;
        this.moderation = moderation;
    }

    @GetMapping
    @Transactional(readOnly = true)
    String appeals(@ModelAttribute("filter") AppealFilter filter, @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("page", appeals.page(filter,
                PageRequest.of(Math.max(page, 1) - 1, AdminConsoleController.PAGE_SIZE)));
        model.addAttribute("statuses", AppealFilter.STATUSES);
        if (!model.containsAttribute("decision")) {
            model.addAttribute("decision", ReasonForm.empty());
        }
        return "admin/appeals";
    }

    @PostMapping("/{appealId}/uphold")
    String uphold(@PathVariable UUID appealId, @Validated @ModelAttribute("decision") ReasonForm decision,
            BindingResult errors, @ModelAttribute("filter") AppealFilter filter, @RequestParam(defaultValue = "1") int page,
            Principal admin, Model model, RedirectAttributes redirect) {
        return decide(appealId, false, decision, errors, filter, page, admin, model, redirect);
    }

    @PostMapping("/{appealId}/lift")
    String lift(@PathVariable UUID appealId, @Validated @ModelAttribute("decision") ReasonForm decision,
            BindingResult errors, @ModelAttribute("filter") AppealFilter filter, @RequestParam(defaultValue = "1") int page,
            Principal admin, Model model, RedirectAttributes redirect) {
        return decide(appealId, true, decision, errors, filter, page, admin, model, redirect);
    }

    private String decide(UUID appealId, boolean lift, ReasonForm decision, BindingResult errors, AppealFilter filter,
            int page, Principal admin, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("deciding", appealId);
            return appeals(filter, page, model);
        }
        AppealSummary appeal = moderation.decideAppeal(UUID.fromString(admin.getName()), appealId, lift, decision.trimmed());
        String what = appeal.isAboutUser() ? "suspension" : "flag";
        redirect.addFlashAttribute("flash", (lift ? "The appeal was accepted and the " + what + " lifted."
                : "The appeal was upheld: the " + what + " stays.") + " The appellant is told your reason.");
        return "redirect:/admin/appeals";
    }

    @ExceptionHandler(ModerationRefusedException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(ModerationRefusedException refusal, Model model) {
        model.addAttribute("message", refusal.getMessage());
        return "conflict";
    }
}
