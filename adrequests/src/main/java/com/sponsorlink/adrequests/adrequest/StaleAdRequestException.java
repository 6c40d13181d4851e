package com.sponsorlink.adrequests.adrequest;

/**
 * The user acted on a version of the ad request that someone else has changed since.
 */
class StaleAdRequestException extends AdRequestRefusedException {

    StaleAdRequestException() {
        super("This ad request changed since you opened it. Reload it to see the latest, then try again.");
    }
}
