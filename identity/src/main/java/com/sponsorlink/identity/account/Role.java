package com.sponsorlink.identity.account;

enum Role {
    SPONSOR, INFLUENCER, ADMIN;

    String authority() {
        return "ROLE_" + name();
    }
}
