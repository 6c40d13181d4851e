package com.sponsorlink.campaigns.events;

/**
 * Who may discover a campaign: public ones are listed to influencers, private ones only reach
 * influencers the sponsor addresses directly.
 */
public enum Visibility {
    PUBLIC, PRIVATE
}
