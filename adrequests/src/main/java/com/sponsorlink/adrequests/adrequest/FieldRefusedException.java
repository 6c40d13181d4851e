package com.sponsorlink.adrequests.adrequest;

/**
 * A rule about one form field that only the service can check (the influencer exists, the payment
 * fits the budget); the controller shows the message beside that field.
 */
class FieldRefusedException extends RuntimeException {

    private final String field;

    FieldRefusedException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
