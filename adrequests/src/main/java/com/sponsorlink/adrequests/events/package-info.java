/**
 * The published surface of the ad requests context: what happens to ad requests, for the contexts
 * that count, notify and analyse.
 */
@org.springframework.modulith.NamedInterface("events")
package com.sponsorlink.adrequests.events;
