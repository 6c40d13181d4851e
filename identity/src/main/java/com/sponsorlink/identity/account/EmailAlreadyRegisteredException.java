package com.sponsorlink.identity.account;

class EmailAlreadyRegisteredException extends RuntimeException {

    EmailAlreadyRegisteredException() {
        super("An account with this email address already exists.");
    }
}
