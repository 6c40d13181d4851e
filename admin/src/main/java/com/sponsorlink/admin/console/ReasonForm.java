package com.sponsorlink.admin.console;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why an admin decided something; shown to the person concerned and kept in the audit trail.
 */
record ReasonForm(
        @NotBlank(message = "Give a reason: the person concerned and the audit trail will see it.")
        @Size(max = 500, message = "Use at most 500 characters.")
        String reason) {

    static ReasonForm empty() {
        return new ReasonForm("");
    }

    String trimmed() {
        return reason.strip();
    }
}
