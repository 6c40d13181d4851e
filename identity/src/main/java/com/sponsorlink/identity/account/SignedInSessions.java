package com.sponsorlink.identity.account;

import java.util.List;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.sponsorlink.identity.events.UserSuspended;

/**
 * Keeps track of who is signed in where, so that a suspension also ends the suspended user's open
 * sessions rather than only refusing their next sign-in. In memory by default; the application
 * replaces the registry with one over the shared sessions when it keeps them in Redis.
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

    /**
     * Once a suspension has committed, every session of that user expires at its next request. A
     * plain listener that registers an after-commit callback, rather than a transactional event
     * listener: the sessions live in memory and die with the process, so there is nothing to record
     * in the event publication registry, and on SQLite the registry could not write from the
     * committing thread, which still holds the write lock.
     */
    static class SuspendedUsersSignOut {

        private final SessionRegistry sessions;

        SuspendedUsersSignOut(SessionRegistry sessions) {
            this.sessions = sessions;
        }

        @EventListener
        void on(UserSuspended event) {
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        signOut(event.userId());
                    }
                });
            }
            else {
                signOut(event.userId());
            }
        }

        private void signOut(UUID userId) {
            List<Object> principals;
            try {
                principals = sessions.getAllPrincipals().stream()
                    .filter(principal -> principal instanceof SignedInUser user && user.id().equals(userId))
                    .toList();
            }
            catch (UnsupportedOperationException sharedSessions) {
                // sessions shared through Redis are found by the principal's name, which is the user's id
                principals = List.of(userId.toString());
            }
            principals.stream()
                .flatMap(principal -> sessions.getAllSessions(principal, false).stream())
                .forEach(session -> session.expireNow());
        }
    }
}
