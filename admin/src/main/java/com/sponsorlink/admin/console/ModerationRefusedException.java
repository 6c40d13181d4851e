package com.sponsorlink.admin.console;

/**
 * A moderation action that the current state does not allow, such as approving a sponsor twice.
 */
class ModerationRefusedException extends RuntimeException {

    ModerationRefusedException(String message) {
        super(message);
    }
}
