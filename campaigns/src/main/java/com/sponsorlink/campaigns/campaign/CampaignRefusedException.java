package com.sponsorlink.campaigns.campaign;

/**
 * A change to a campaign that its current state does not allow, such as a sponsor who is not yet
 * approved publishing one.
 */
class CampaignRefusedException extends RuntimeException {

    CampaignRefusedException(String message) {
        super(message);
    }
}
