package com.sponsorlink.adrequests.adrequest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A deliverable the influencer hands in, or hands in again: a link to the post or draft and a
 * note. The title names it the first time and is not asked for again.
 */
record DeliverableForm(
        @Size(max = 120, message = "Use at most 120 characters.")
        String title,
        @NotBlank(message = "Give the link to the post or draft.")
        @Size(max = 2000, message = "Use at most 2000 characters.")
        @Pattern(regexp = "\\s*https?://[^\\s<>\"]+\\s*", message = "Give a web address starting with https:// or http://.")
        String link,
        @Size(max = 2000, message = "Use at most 2000 characters.")
        String note,
        Integer version) {

    static DeliverableForm empty(int version) {
        return new DeliverableForm(null, null, null, version);
    }

    String trimmedTitle() {
        return title == null ? "" : title.strip();
    }

    String trimmedLink() {
        return link.strip();
    }

    String trimmedNote() {
        return note == null ? "" : note.strip();
    }
}
