package com.sponsorlink.identity.account;

record SponsorProfile(String organisationName, String industry, Long yearlyBudgetMinor) {
}
