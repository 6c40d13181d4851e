package com.sponsorlink.identity.account;

import java.util.Locale;

/**
 * Email addresses are unique regardless of letter case; the key is what is compared.
 */
final class EmailAddresses {

    private EmailAddresses() {
    }

    static String key(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
