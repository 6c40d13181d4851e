package com.sponsorlink.identity.account;

import org.springframework.security.authentication.AccountStatusException;

class AccountSuspendedException extends AccountStatusException {

    AccountSuspendedException(String reason) {
        super("Your account is suspended" + (reason == null || reason.isBlank() ? "." : ": " + reason)
                + " You cannot sign in until an admin lifts the suspension.");
    }
}
