package com.sponsorlink.identity.events;

/**
 * The content categories shared by influencers and campaigns, so that both sides speak one list.
 */
public enum Category {

    FASHION("Fashion"), BEAUTY("Beauty"), TECH("Tech"), GAMING("Gaming"), FOOD("Food"), TRAVEL("Travel"),
    FITNESS("Fitness"), FINANCE("Finance"), EDUCATION("Education"), LIFESTYLE("Lifestyle"), OTHER("Other");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
