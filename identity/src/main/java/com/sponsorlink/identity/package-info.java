/**
 * Identity: who may sign in and as what. Owns sponsors', influencers' and admins' accounts and
 * profiles, sign-in, approval of sponsors and suspension of users.
 * <p>
 * Other contexts learn about people only through the {@code events} package. Moderation decisions
 * (approval, rejection, suspension) are contracts owned here and published by whoever decides,
 * typically the admin console, so that the dependency stays one-way: admin depends on identity.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = {})
package com.sponsorlink.identity;
