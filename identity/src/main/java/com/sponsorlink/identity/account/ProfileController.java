package com.sponsorlink.identity.account;

import java.util.UUID;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in user's own profile and password. Role-specific saves live under the role's path, so
 * the role rules of the URL space apply to them.
 */
@Controller
class ProfileController {

    private static final String VIEW = "identity/profile";

    private final AccountService accounts;
    private final Money money;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    ProfileController(AccountService accounts, Money money) {
        this.accounts = accounts;
        this.money = money;
    }

    @GetMapping("/profile")
    String profile(Authentication authentication, Model model) {
        addAccountAndProfileForm(idOf(authentication), model);
        model.addAttribute("passwordForm", PasswordForm.empty());
        return VIEW;
    }

    @PostMapping("/sponsor/profile")
    String saveSponsor(@Validated @ModelAttribute("form") SponsorForm form, BindingResult errors,
            Authentication authentication, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        return save(errors, idOf(authentication), sponsorId -> accounts.updateSponsorProfile(sponsorId, form), model,
                request, response, redirect);
    }

    @PostMapping("/influencer/profile")
    String saveInfluencer(@Validated @ModelAttribute("form") InfluencerForm form, BindingResult errors,
            Authentication authentication, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        return save(errors, idOf(authentication), influencerId -> accounts.updateInfluencerProfile(influencerId, form),
                model, request, response, redirect);
    }

    private String save(BindingResult errors, UUID userId, Consumer<UUID> update, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            addAccountAndProfileForm(userId, model);
            model.addAttribute("passwordForm", PasswordForm.empty());
            return VIEW;
        }
        update.accept(userId);
        refreshPrincipal(userId, request, response);
        redirect.addFlashAttribute("flash", "Your profile was saved.");
        return "redirect:/profile";
    }

    @PostMapping("/profile/password")
    String changePassword(@Validated @ModelAttribute("passwordForm") PasswordForm form, BindingResult errors,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        UUID userId = idOf(authentication);
        if (!form.confirmed()) {
            errors.rejectValue("confirmation", "differs", "The two new passwords differ.");
        }
        if (!errors.hasErrors()) {
            try {
                accounts.changePassword(userId, form.currentPassword(), form.newPassword());
                redirect.addFlashAttribute("flash", "Your password was changed.");
                return "redirect:/profile";
            }
            catch (WrongPasswordException wrong) {
                errors.rejectValue("currentPassword", "wrong", wrong.getMessage());
            }
        }
        addAccountAndProfileForm(userId, model);
        return VIEW;
    }

    /** Adds the account and, unless a submitted one is being shown again, its saved profile form. */
    private void addAccountAndProfileForm(UUID userId, Model model) {
        Account account = accounts.account(userId);
        model.addAttribute("account", account);
        if (!model.containsAttribute("form")) {
            switch (account.role()) {
                case SPONSOR -> model.addAttribute("form", SponsorForm.of(accounts.sponsorProfile(userId), money));
                case INFLUENCER -> model.addAttribute("form", InfluencerForm.of(accounts.influencerProfile(userId)));
                case ADMIN -> { }
            }
        }
    }

    /** The layout shows the display name from the session's principal; keep it in step with the profile. */
    private void refreshPrincipal(UUID userId, HttpServletRequest request, HttpServletResponse response) {
        var user = new SignedInUser(accounts.account(userId));
        user.eraseCredentials();
        var context = SecurityContextHolder.getContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        sessions.saveContext(context, request, response);
    }

    private static UUID idOf(Authentication authentication) {
        return UUID.fromString(authentication.getName());
    }
}
