package com.sponsorlink.identity.account;

import java.util.UUID;

/**
 * What came of filing an appeal: the new appeal's id, or why none was filed. A refusal is a result
 * rather than an exception so that the failed attempt it may have counted is kept.
 */
record AppealFiling(UUID appealId, String refusal) {

    static AppealFiling filed(UUID appealId) {
        return new AppealFiling(appealId, null);
    }

    static AppealFiling refused(String why) {
        return new AppealFiling(null, why);
    }

    boolean wasFiled() {
        return appealId != null;
    }
}
