package com.sponsorlink.adrequests.adrequest;

/**
 * A step the rules do not allow in the ad request's current state; the user reads the message.
 */
class AdRequestRefusedException extends RuntimeException {

    AdRequestRefusedException(String message) {
        super(message);
    }
}
