package com.sponsorlink.identity.account;

import jakarta.validation.groups.Default;

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
 * Sign-up for sponsors and influencers. Every invalid field is reported beside itself and nothing
 * is saved until the whole form is valid.
 */
@Controller
@RequestMapping("/register")
class RegistrationController {

    private final AccountService accounts;

    RegistrationController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/sponsor")
    String sponsorForm(Model model) {
        model.addAttribute("form", SponsorForm.empty());
        return "identity/register-sponsor";
    }

    @PostMapping("/sponsor")
    String registerSponsor(@Validated({ Default.class, Registration.class }) @ModelAttribute("form") SponsorForm form,
            BindingResult errors, RedirectAttributes redirect) {
        rejectTakenEmail(form.email(), errors);
        if (!errors.hasErrors()) {
            try {
                accounts.registerSponsor(form);
                redirect.addFlashAttribute("flash", "Your sponsor account is ready. Sign in to follow its approval.");
                return "redirect:/login";
            }
            catch (EmailAlreadyRegisteredException taken) {
                errors.rejectValue("email", "taken", taken.getMessage());
            }
        }
        return "identity/register-sponsor";
    }

    @GetMapping("/influencer")
    String influencerForm(Model model) {
        model.addAttribute("form", InfluencerForm.empty());
        return "identity/register-influencer";
    }

    @PostMapping("/influencer")
    String registerInfluencer(
            @Validated({ Default.class, Registration.class }) @ModelAttribute("form") InfluencerForm form,
            BindingResult errors, RedirectAttributes redirect) {
        rejectTakenEmail(form.email(), errors);
        if (!errors.hasErrors()) {
            try {
                accounts.registerInfluencer(form);
                redirect.addFlashAttribute("flash", "Your influencer account is ready. Sign in to get started.");
                return "redirect:/login";
            }
            catch (EmailAlreadyRegisteredException taken) {
                errors.rejectValue("email", "taken", taken.getMessage());
            }
        }
        return "identity/register-influencer";
    }

    private void rejectTakenEmail(String email, BindingResult errors) {
        if (!errors.hasFieldErrors("email") && accounts.emailTaken(email)) {
            errors.rejectValue("email", "taken", new EmailAlreadyRegisteredException().getMessage());
        }
    }
}
