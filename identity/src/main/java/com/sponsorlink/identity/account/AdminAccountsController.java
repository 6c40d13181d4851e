package com.sponsorlink.identity.account;

import java.security.Principal;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An admin adds another admin. Accounts belong to identity, so the page lives here, in the admins-only
 * {@code /admin} URL space; the console learns of the new admin, and audits it, from
 * {@code AdminRegistered}.
 */
@Controller
class AdminAccountsController {

    private static final String FORM = "identity/add-admin";

    private final AccountService accounts;

    AdminAccountsController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/admins/new")
    String form(Model model) {
        model.addAttribute("form", AdminForm.empty());
        return FORM;
    }

    @PostMapping("/admin/admins")
    String add(@Validated @ModelAttribute("form") AdminForm form, BindingResult errors, Principal admin,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return FORM;
        }
        UUID adminId;
        try {
            adminId = accounts.registerAdmin(form.email(), form.displayName().strip(), form.password(),
                    UUID.fromString(admin.getName()));
        }
        catch (EmailAlreadyRegisteredException taken) {
            errors.rejectValue("email", "taken", taken.getMessage());
            return FORM;
        }
        redirect.addFlashAttribute("flash", form.displayName().strip() + " is now an admin and can sign in with the "
                + "password you chose; ask them to change it under Profile.");
        return "redirect:/admin/users/" + adminId;
    }
}
