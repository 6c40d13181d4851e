package com.sponsorlink.identity.account;

import org.springframework.security.core.AuthenticationException;

class SignInThrottledException extends AuthenticationException {

    SignInThrottledException(long minutes) {
        super("Too many failed sign-in attempts for this account. Wait " + minutes + " minutes and try again.");
    }
}
