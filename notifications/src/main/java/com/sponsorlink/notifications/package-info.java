/**
 * Notifications and scheduled jobs: in-app inbox, email, chat and SMS deliveries, reminders and
 * reports. The context is declared here so that the module structure is in place; its features
 * arrive with the notifications issue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = {})
package com.sponsorlink.notifications;
