package com.sponsorlink.adrequests.events;

/**
 * The two sides of an ad request.
 */
public enum Party {
    SPONSOR, INFLUENCER;

    public Party other() {
        return this == SPONSOR ? INFLUENCER : SPONSOR;
    }
}
