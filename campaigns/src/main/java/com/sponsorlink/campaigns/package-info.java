/**
 * Campaigns: sponsors' advertising campaigns, the sponsor dashboard and discovery of campaigns and
 * influencers. Knows sponsors through its own read model, fed by identity events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Campaigns", allowedDependencies = "identity :: events")
package com.sponsorlink.campaigns;
