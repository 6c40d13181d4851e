/**
 * The application shell: security wiring, the shared layout, the home page and error pages. It
 * knows the contexts only by their URL spaces ({@code /sponsor}, {@code /influencer}, {@code /admin}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Application shell", allowedDependencies = {})
package com.sponsorlink.app;
