package com.sponsorlink.notifications.inbox;

/**
 * A way out for notifications besides the inbox.
 */
interface Channel {

    Kind kind();

    /** Whether this installation is configured for the channel at all. */
    boolean available();

    /** Sends the message to the address (an email address, a webhook URL, a phone number); throws if it did not go out. */
    void send(String address, Message message) throws Exception;

    enum Kind {
        EMAIL, CHAT, SMS
    }

    /**
     * What a channel sends: a subject line and a plain-text body that ends with a link to the
     * page; email also sends the HTML document when there is one.
     */
    record Message(String subject, String text, String html) {
    }
}
