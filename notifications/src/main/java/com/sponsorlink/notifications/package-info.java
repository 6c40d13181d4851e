/**
 * Notifications: tells people what happened to them, in their in-app inbox (the bell on every
 * page). Its handlers run after the deciding transaction commits, through the event publication
 * registry, so a slow or failing notification never slows or breaks the action that caused it,
 * and an event committed with its data is still handled after a crash. It knows people and
 * campaigns through its own read models, fed by their contexts' events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
        allowedDependencies = { "identity :: events", "campaigns :: events", "adrequests :: events" })
package com.sponsorlink.notifications;
