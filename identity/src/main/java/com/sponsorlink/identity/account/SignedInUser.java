package com.sponsorlink.identity.account;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in session. Its user name is the account id, so that every context can
 * tell who is signed in from {@code Authentication.getName()} without knowing this class; the
 * layout reads the display name through the template engine.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    private final UUID id;
    private final String email;
    private final String displayName;
    private final Role role;
    private final boolean suspended;
    private final String suspensionReason;
    private String passwordHash;

    SignedInUser(Account account) {
        this.id = account.id();
        this.email = account.email();
        this.displayName = account.displayName();
        this.role = account.role();
        this.suspended = account.suspended();
        this.suspensionReason = account.suspensionReason();
        this.passwordHash = account.passwordHash();
    }

    UUID id() {
        return id;
    }

    String suspensionReason() {
        return suspensionReason;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return id.toString();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !suspended;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    /** One user, one principal, whatever the session: the session registry relies on it. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser user && user.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
