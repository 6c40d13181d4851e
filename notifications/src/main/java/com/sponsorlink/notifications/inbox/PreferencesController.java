package com.sponsorlink.notifications.inbox;

import java.security.Principal;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Each person chooses how they are told besides the inbox: email, a Google Chat webhook, SMS.
 * Webhook URLs must start with the configured prefix, so the server only ever posts to Google Chat
 * (or wherever the installation allows), never to an address of a user's choosing.
 */
@Controller
class PreferencesController {

    private static final String FORM = "notifications/preferences";

    private final Preferences preferences;
    private final Directory directory;
    private final SmsAvailability sms;
    private final String webhookPrefix;

    PreferencesController(Preferences preferences, Directory directory, SmsAvailability sms,
            @Value("${app.notifications.chat.allowed-url-prefix:https://chat.googleapis.com/}") String webhookPrefix) {
        this.preferences = preferences;
        this.directory = directory;
        this.sms = sms;
        this.webhookPrefix = webhookPrefix;
    }

    @ModelAttribute
    void channels(Principal principal, Model model) {
        model.addAttribute("emailAddress", directory.emailOf(UUID.fromString(principal.getName())).orElse(""));
        model.addAttribute("smsAvailable", sms.available());
        model.addAttribute("webhookPrefix", webhookPrefix);
    }

    @GetMapping("/notifications/preferences")
    String form(Principal principal, Model model) {
        model.addAttribute("form", PreferencesForm.of(preferences.of(UUID.fromString(principal.getName()))));
        return FORM;
    }

    @PostMapping("/notifications/preferences")
    String save(@Validated @ModelAttribute("form") PreferencesForm form, BindingResult errors, Principal principal,
            RedirectAttributes redirect) {
        Preferences.Choice choice = form.choice();
        if (choice.chat() && (choice.webhookUrl() == null || !choice.webhookUrl().startsWith(webhookPrefix))
                && !errors.hasFieldErrors("webhookUrl")) {
            errors.rejectValue("webhookUrl", "prefix", "Paste your Google Chat webhook URL; it starts with " + webhookPrefix);
        }
        if (choice.sms() && !sms.available()) {
            errors.rejectValue("sms", "unavailable", "Text messages are not available on this installation.");
        }
        if (choice.sms() && choice.phone() == null && !errors.hasFieldErrors("phone")) {
            errors.rejectValue("phone", "missing", "Enter the phone number for text messages.");
        }
        if (errors.hasErrors()) {
            return FORM;
        }
        preferences.save(UUID.fromString(principal.getName()), choice);
        redirect.addFlashAttribute("flash", "Your notification settings were saved.");
        return "redirect:/notifications/preferences";
    }
}
