package com.sponsorlink.identity.account;

/**
 * Validation group for the fields only asked at sign-up (email and password); the same forms serve
 * profile editing without them.
 */
interface Registration {
}
