package com.sponsorlink.notifications.inbox;

import java.security.Principal;
import java.util.UUID;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The unread count behind the bell in the shared layout, on every page of a signed-in person.
 */
@ControllerAdvice
class Bell {

    private final Inbox inbox;

    Bell(Inbox inbox) {
        this.inbox = inbox;
    }

    @ModelAttribute("unreadNotifications")
    Integer unreadNotifications(Principal principal) {
        return principal == null ? null : inbox.unread(UUID.fromString(principal.getName()));
    }
}
