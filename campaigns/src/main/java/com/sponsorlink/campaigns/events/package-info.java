/**
 * The published surface of the campaigns context: events about campaigns and the value types they carry.
 */
@org.springframework.modulith.NamedInterface("events")
package com.sponsorlink.campaigns.events;
