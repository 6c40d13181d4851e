package com.sponsorlink.identity.account;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.sponsorlink.identity.events.AdminRegistered;
import com.sponsorlink.identity.events.InfluencerProfileChanged;
import com.sponsorlink.identity.events.InfluencerRegistered;
import com.sponsorlink.identity.events.SponsorProfileChanged;
import com.sponsorlink.identity.events.SponsorRegistered;

/**
 * Creates accounts and changes profiles and passwords, publishing what other contexts need to know.
 */
@Service
@Transactional
class AccountService {

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Money money;
    private final Clock clock;

    AccountService(Accounts accounts, PasswordEncoder passwords, ApplicationEventPublisher events, Money money,
            Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.events = events;
        this.money = money;
        this.clock = clock;
    }

    UUID registerSponsor(SponsorForm form) {
        return registerSponsor(form, passwords.encode(form.password()));
    }

    /** Registers a sponsor whose password is hashed already: demo accounts share one hash, rather than one bcrypt run each. */
    UUID registerSponsor(SponsorForm form, String passwordHash) {
        SponsorProfile profile = form.profile(money);
        Account account = create(form.email(), passwordHash, Role.SPONSOR, profile.organisationName(), Approval.PENDING);
        accounts.insertSponsorProfile(account.id(), profile);
        events.publishEvent(new SponsorRegistered(account.id(), account.email(), profile.organisationName(),
                profile.industry(), profile.yearlyBudgetMinor(), account.registeredAt()));
        return account.id();
    }

    UUID registerInfluencer(InfluencerForm form) {
        return registerInfluencer(form, passwords.encode(form.password()));
    }

    UUID registerInfluencer(InfluencerForm form, String passwordHash) {
        InfluencerProfile profile = form.profile();
        Account account = create(form.email(), passwordHash, Role.INFLUENCER, profile.displayName(), Approval.APPROVED);
        accounts.insertInfluencerProfile(account.id(), profile);
        events.publishEvent(new InfluencerRegistered(account.id(), account.email(), profile.displayName(),
                profile.category(), profile.niche(), profile.reach(), profile.platforms(), account.registeredAt()));
        return account.id();
    }

    /** Creates an admin account; {@code addedBy} is the admin who adds it, or null for the first admin. */
    UUID registerAdmin(String email, String displayName, String rawPassword, UUID addedBy) {
        Account account = create(email, passwords.encode(rawPassword), Role.ADMIN, displayName, Approval.APPROVED);
        events.publishEvent(new AdminRegistered(account.id(), account.email(), displayName, addedBy, account.registeredAt()));
        return account.id();
    }

    String hash(String rawPassword) {
        return passwords.encode(rawPassword);
    }

    private Account create(String email, String passwordHash, Role role, String displayName, Approval approval) {
        if (accounts.emailTaken(email)) {
            throw new EmailAlreadyRegisteredException();
        }
        Account account = new Account(UUID.randomUUID(), email.strip(), role, displayName, approval, null, false, null,
                passwordHash, clock.instant());
        try {
            accounts.insert(account);
        }
        catch (DataIntegrityViolationException raceOnTheSameEmail) {
            throw new EmailAlreadyRegisteredException();
        }
        return account;
    }

    void updateSponsorProfile(UUID sponsorId, SponsorForm form) {
        SponsorProfile profile = form.profile(money);
        accounts.updateSponsorProfile(sponsorId, profile);
        events.publishEvent(new SponsorProfileChanged(sponsorId, profile.organisationName(), profile.industry(),
                profile.yearlyBudgetMinor()));
    }

    void updateInfluencerProfile(UUID influencerId, InfluencerForm form) {
        InfluencerProfile profile = form.profile();
        accounts.updateInfluencerProfile(influencerId, profile);
        events.publishEvent(new InfluencerProfileChanged(influencerId, profile.displayName(), profile.category(),
                profile.niche(), profile.reach(), profile.platforms()));
    }

    void changePassword(UUID userId, String currentPassword, String newPassword) {
        Account account = accounts.findById(userId).orElseThrow();
        if (!passwords.matches(currentPassword, account.passwordHash())) {
            throw new WrongPasswordException();
        }
        accounts.changePasswordHash(userId, passwords.encode(newPassword));
    }

    @Transactional(readOnly = true)
    boolean emailTaken(String email) {
        return accounts.emailTaken(email);
    }

    @Transactional(readOnly = true)
    Account account(UUID userId) {
        return accounts.findById(userId).orElseThrow();
    }

    @Transactional(readOnly = true)
    SponsorProfile sponsorProfile(UUID sponsorId) {
        return accounts.sponsorProfile(sponsorId).orElseThrow();
    }

    @Transactional(readOnly = true)
    InfluencerProfile influencerProfile(UUID influencerId) {
        return accounts.influencerProfile(influencerId).orElseThrow();
    }
}
