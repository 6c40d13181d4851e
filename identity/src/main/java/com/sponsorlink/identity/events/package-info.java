/**
 * The published surface of the identity context: events about accounts and the value types they carry.
 */
@org.springframework.modulith.NamedInterface("events")
package com.sponsorlink.identity.events;
