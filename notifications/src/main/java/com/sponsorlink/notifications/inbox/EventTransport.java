package com.sponsorlink.notifications.inbox;

/**
 * How events reach the notification handlers: in this process by default, or through a Redis
 * stream shared by every instance when {@code app.redis.url} is set.
 */
interface EventTransport {

    /** Hands the event on; throws if it could not, so that the registry retries it. */
    void send(Object event);
}
