/**
 * The admin console: sponsor approval, suspension of users and the audit trail. It acts by
 * publishing the moderation events that identity owns and enforces; its lists come from its own
 * read model, fed by identity events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Admin console", allowedDependencies = "identity :: events")
package com.sponsorlink.admin;
