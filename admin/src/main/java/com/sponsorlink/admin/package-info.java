/**
 * The admin console: sponsor approval, moderation of users, campaigns and ad requests, and the audit
 * trail. It acts by publishing the moderation events that the owning contexts define and enforce
 * (identity for users, campaigns for campaigns, ad requests for ad requests); its lists come from
 * its own read models, fed by those contexts' events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Admin console",
        allowedDependencies = { "identity :: events", "campaigns :: events", "adrequests :: events" })
package com.sponsorlink.admin;
