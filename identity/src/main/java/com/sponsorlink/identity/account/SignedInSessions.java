package com.sponsorlink.identity.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.transaction.event.TransactionalEventListener;

import com.sponsorlink.identity.events.UserSuspended;

/**
 * Keeps track of who is signed in where, so that a suspension also ends the suspended user's open
 * sessions rather than only refusing their next sign-in.
 */
@Configuration(proxyBeanMethods = false)
class SignedInSessions {

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when sessions end or change their id. */
    @Bean
    HttpSessionEventPublisher sessionEvents() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    SuspendedUsersSignOut suspendedUsersSignOut(SessionRegistry sessions) {
        return new SuspendedUsersSignOut(sessions);
    }

    /** Once a suspension has committed, every session of that user expires at its next request. */
    static class SuspendedUsersSignOut {

        private final SessionRegistry sessions;

        SuspendedUsersSignOut(SessionRegistry sessions) {
            this.sessions = sessions;
        }

        @TransactionalEventListener
        void on(UserSuspended event) {
            sessions.getAllPrincipals().stream()
                .filter(principal -> principal instanceof SignedInUser user && user.id().equals(event.userId()))
                .flatMap(principal -> sessions.getAllSessions(principal, false).stream())
                .forEach(session -> session.expireNow());
        }
    }
}
