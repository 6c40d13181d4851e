package com.sponsorlink.adrequests.adrequest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A message in an ad request's thread; plain text, shown escaped with its line breaks.
 */
record MessageForm(
        @NotBlank(message = "Write your message.")
        @Size(max = 4000, message = "Use at most 4000 characters.")
        String text) {

    static MessageForm empty() {
        return new MessageForm(null);
    }
}
