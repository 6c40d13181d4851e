package com.sponsorlink.identity.events;

/**
 * Social platforms an influencer publishes on.
 */
public enum Platform {

    INSTAGRAM("Instagram"), YOUTUBE("YouTube"), TIKTOK("TikTok"), X("X"), LINKEDIN("LinkedIn"), TWITCH("Twitch"),
    BLOG("Blog");

    private final String label;

    Platform(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
