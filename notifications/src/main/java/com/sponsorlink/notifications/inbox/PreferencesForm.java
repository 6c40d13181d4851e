package com.sponsorlink.notifications.inbox;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The notification settings form. Addresses are checked against the chosen channels by the
 * controller. The switches are objects: an unticked checkbox sends nothing, which binds as null.
 */
record PreferencesForm(
        Boolean email,
        Boolean chat,
        @Size(max = 500, message = "Use at most 500 characters.")
        String webhookUrl,
        Boolean sms,
        @Pattern(regexp = "|\\+?[0-9 ]{6,20}", message = "Enter a phone number such as +44 7700 900123.")
        String phone) {

    static PreferencesForm of(Preferences.Choice choice) {
        return new PreferencesForm(choice.email(), choice.chat(), choice.webhookUrl(), choice.sms(), choice.phone());
    }

    Preferences.Choice choice() {
        return new Preferences.Choice(Boolean.TRUE.equals(email), Boolean.TRUE.equals(chat), blankToNull(webhookUrl),
                Boolean.TRUE.equals(sms), blankToNull(phone));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
