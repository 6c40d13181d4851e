/**
 * Ad requests: a sponsor's offer to an influencer for a campaign, and its negotiation to an
 * accepted deal. The context is declared here so that the module structure is in place; its
 * features arrive with the ad requests issue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ad requests", allowedDependencies = {})
package com.sponsorlink.adrequests;
