package com.sponsorlink.campaigns.campaign;

/**
 * The campaign was changed elsewhere since the form was opened; saving would lose that change.
 */
class StaleCampaignException extends RuntimeException {

    StaleCampaignException() {
        super("This campaign was changed elsewhere since you opened it. Reload the page to see the current version.");
    }
}
