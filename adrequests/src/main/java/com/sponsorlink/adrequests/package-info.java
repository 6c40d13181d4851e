/**
 * Ad requests: a sponsor's offer to an influencer for a campaign, or an influencer's request to join
 * a public campaign, and its negotiation to an accepted deal. Knows sponsors, influencers and
 * campaigns through its own read models, fed by their events, and tells the campaigns context the
 * committed amount of each campaign through a contract event that campaigns owns.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ad requests",
        allowedDependencies = { "identity :: events", "campaigns :: events" })
package com.sponsorlink.adrequests;
