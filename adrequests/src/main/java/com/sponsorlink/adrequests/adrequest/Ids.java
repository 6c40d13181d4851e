package com.sponsorlink.adrequests.adrequest;

import java.util.UUID;

/**
 * Ids that arrive as text from forms and links.
 */
final class Ids {

    private Ids() {
    }

    /** The id, or null if the text is not one. */
    static UUID parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        }
        catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
