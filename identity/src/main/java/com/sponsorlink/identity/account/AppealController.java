package com.sponsorlink.identity.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The appeal of a suspension, open to everyone since a suspended user cannot sign in; the form's
 * email and password say whose suspension it is.
 */
@Controller
@RequestMapping("/appeal")
class AppealController {

    private static final String VIEW = "identity/appeal";

    private final AppealService appeals;

    AppealController(AppealService appeals) {
        this.appeals = appeals;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", AppealForm.empty());
        return VIEW;
    }

    @PostMapping
    String file(@Validated @ModelAttribute("form") AppealForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return VIEW;
        }
        AppealFiling filing = appeals.file(form.email(), form.password(), form.text());
        if (!filing.wasFiled()) {
            errors.reject("refused", filing.refusal());
            return VIEW;
        }
        redirect.addFlashAttribute("flash", "Your appeal was filed. An admin will review it; you will be told the "
                + "decision, and you can sign in again if they lift the suspension.");
        return "redirect:/login";
    }
}
