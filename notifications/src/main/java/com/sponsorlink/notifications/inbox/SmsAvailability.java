package com.sponsorlink.notifications.inbox;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Whether this installation has an SMS gateway, for the settings page.
 */
@Component
class SmsAvailability {

    private final List<Channel> channels;

    SmsAvailability(List<Channel> channels) {
        this.channels = channels;
    }

    boolean available() {
        return channels.stream().anyMatch(channel -> channel.kind() == Channel.Kind.SMS && channel.available());
    }
}
