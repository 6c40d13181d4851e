package com.sponsorlink.identity.account;

class WrongPasswordException extends RuntimeException {

    WrongPasswordException() {
        super("This is not your current password.");
    }
}
