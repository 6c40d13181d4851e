package com.sponsorlink.notifications.inbox;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.sponsorlink.notifications.inbox.Preferences.Choice;

/**
 * Puts a notification in the person's inbox and queues it on each channel they chose, in one
 * transaction; the dispatcher sends the queue later, so the caller never waits for a channel.
 */
@Service
class Notifications {

    private final Inbox inbox;
    private final Deliveries deliveries;
    private final Preferences preferences;
    private final Directory directory;
    private final List<Channel> channels;
    private final Clock clock;

    Notifications(Inbox inbox, Deliveries deliveries, Preferences preferences, Directory directory, List<Channel> channels,
            Clock clock) {
        this.inbox = inbox;
        this.deliveries = deliveries;
        this.preferences = preferences;
        this.directory = directory;
        this.channels = channels;
        this.clock = clock;
    }

    @Transactional
    void deliver(Notification notification) {
        if (!inbox.add(notification)) {
            return;
        }
        Choice choice = preferences.of(notification.userId());
        for (Channel channel : channels) {
            if (channel.available()) {
                addressOn(channel.kind(), choice, notification.userId()).ifPresent(address ->
                        deliveries.queue(notification.id(), channel.kind(), address, clock.instant()));
            }
        }
    }

    private Optional<String> addressOn(Channel.Kind kind, Choice choice, UUID userId) {
        return switch (kind) {
            case EMAIL -> choice.email() ? directory.emailOf(userId) : Optional.empty();
            case CHAT -> choice.chat() ? Optional.ofNullable(choice.webhookUrl()) : Optional.empty();
            case SMS -> choice.sms() ? Optional.ofNullable(choice.phone()) : Optional.empty();
        };
    }
}
