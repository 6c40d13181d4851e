package com.sponsorlink.identity.account;

import static com.sponsorlink.identity.persistence.jooq.Tables.IDENTITY_INFLUENCER_PLATFORMS;
import static com.sponsorlink.identity.persistence.jooq.Tables.IDENTITY_INFLUENCER_PROFILES;
import static com.sponsorlink.identity.persistence.jooq.Tables.IDENTITY_SPONSOR_PROFILES;
import static com.sponsorlink.identity.persistence.jooq.Tables.IDENTITY_USERS;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

import com.sponsorlink.identity.events.Category;
import com.sponsorlink.identity.events.Platform;

/**
 * Accounts and profiles, stored in the identity tables.
 */
@Repository
class Accounts {

    private final DSLContext db;

    Accounts(DSLContext db) {
        this.db = db;
    }

    boolean emailTaken(String email) {
        return db.fetchExists(IDENTITY_USERS, IDENTITY_USERS.EMAIL_KEY.eq(EmailAddresses.key(email)));
    }

    boolean anyAdmin() {
        return db.fetchExists(IDENTITY_USERS, IDENTITY_USERS.ROLE.eq(Role.ADMIN.name()));
    }

    Optional<UUID> anyAdminId() {
        return db.select(IDENTITY_USERS.ID).from(IDENTITY_USERS)
            .where(IDENTITY_USERS.ROLE.eq(Role.ADMIN.name()))
            .orderBy(IDENTITY_USERS.REGISTERED_AT)
            .limit(1)
            .fetchOptional(IDENTITY_USERS.ID)
            .map(UUID::fromString);
    }

    void insert(Account account) {
        db.insertInto(IDENTITY_USERS)
            .set(IDENTITY_USERS.ID, account.id().toString())
            .set(IDENTITY_USERS.EMAIL, account.email().strip())
            .set(IDENTITY_USERS.EMAIL_KEY, EmailAddresses.key(account.email()))
            .set(IDENTITY_USERS.PASSWORD_HASH, account.passwordHash())
            .set(IDENTITY_USERS.ROLE, account.role().name())
            .set(IDENTITY_USERS.DISPLAY_NAME, account.displayName())
            .set(IDENTITY_USERS.APPROVAL, account.approval().name())
            .set(IDENTITY_USERS.SUSPENDED, false)
            .set(IDENTITY_USERS.REGISTERED_AT, account.registeredAt())
            .execute();
    }

    void insertSponsorProfile(UUID sponsorId, SponsorProfile profile) {
        db.insertInto(IDENTITY_SPONSOR_PROFILES)
            .set(IDENTITY_SPONSOR_PROFILES.USER_ID, sponsorId.toString())
            .set(IDENTITY_SPONSOR_PROFILES.ORGANISATION_NAME, profile.organisationName())
            .set(IDENTITY_SPONSOR_PROFILES.INDUSTRY, profile.industry())
            .set(IDENTITY_SPONSOR_PROFILES.YEARLY_BUDGET_MINOR, profile.yearlyBudgetMinor())
            .execute();
    }

    void updateSponsorProfile(UUID sponsorId, SponsorProfile profile) {
        db.update(IDENTITY_SPONSOR_PROFILES)
            .set(IDENTITY_SPONSOR_PROFILES.ORGANISATION_NAME, profile.organisationName())
            .set(IDENTITY_SPONSOR_PROFILES.INDUSTRY, profile.industry())
            .set(IDENTITY_SPONSOR_PROFILES.YEARLY_BUDGET_MINOR, profile.yearlyBudgetMinor())
            .where(IDENTITY_SPONSOR_PROFILES.USER_ID.eq(sponsorId.toString()))
            .execute();
        renameAndTouch(sponsorId, profile.organisationName());
    }

    void insertInfluencerProfile(UUID influencerId, InfluencerProfile profile) {
        db.insertInto(IDENTITY_INFLUENCER_PROFILES)
            .set(IDENTITY_INFLUENCER_PROFILES.USER_ID, influencerId.toString())
            .set(IDENTITY_INFLUENCER_PROFILES.CATEGORY, profile.category().name())
            .set(IDENTITY_INFLUENCER_PROFILES.NICHE, profile.niche())
            .set(IDENTITY_INFLUENCER_PROFILES.REACH, profile.reach())
            .execute();
        insertPlatforms(influencerId, profile.platforms());
    }

    void updateInfluencerProfile(UUID influencerId, InfluencerProfile profile) {
        db.update(IDENTITY_INFLUENCER_PROFILES)
            .set(IDENTITY_INFLUENCER_PROFILES.CATEGORY, profile.category().name())
            .set(IDENTITY_INFLUENCER_PROFILES.NICHE, profile.niche())
            .set(IDENTITY_INFLUENCER_PROFILES.REACH, profile.reach())
            .where(IDENTITY_INFLUENCER_PROFILES.USER_ID.eq(influencerId.toString()))
            .execute();
        db.deleteFrom(IDENTITY_INFLUENCER_PLATFORMS)
            .where(IDENTITY_INFLUENCER_PLATFORMS.USER_ID.eq(influencerId.toString()))
            .execute();
        insertPlatforms(influencerId, profile.platforms());
        renameAndTouch(influencerId, profile.displayName());
    }

    private void insertPlatforms(UUID influencerId, Set<Platform> platforms) {
        var insert = db.insertInto(IDENTITY_INFLUENCER_PLATFORMS, IDENTITY_INFLUENCER_PLATFORMS.USER_ID,
                IDENTITY_INFLUENCER_PLATFORMS.PLATFORM);
        platforms.forEach(platform -> insert.values(influencerId.toString(), platform.name()));
        insert.execute();
    }

    private void renameAndTouch(UUID userId, String displayName) {
        db.update(IDENTITY_USERS)
            .set(IDENTITY_USERS.DISPLAY_NAME, displayName)
            .set(IDENTITY_USERS.VERSION, IDENTITY_USERS.VERSION.plus(1))
            .where(IDENTITY_USERS.ID.eq(userId.toString()))
            .execute();
    }

    void changePasswordHash(UUID userId, String passwordHash) {
        db.update(IDENTITY_USERS)
            .set(IDENTITY_USERS.PASSWORD_HASH, passwordHash)
            .set(IDENTITY_USERS.VERSION, IDENTITY_USERS.VERSION.plus(1))
            .where(IDENTITY_USERS.ID.eq(userId.toString()))
            .execute();
    }

    /** Returns whether a sponsor with that id existed to be updated. */
    boolean decideApproval(UUID sponsorId, Approval approval, String reason) {
        return db.update(IDENTITY_USERS)
            .set(IDENTITY_USERS.APPROVAL, approval.name())
            .set(IDENTITY_USERS.APPROVAL_REASON, reason)
            .set(IDENTITY_USERS.VERSION, IDENTITY_USERS.VERSION.plus(1))
            .where(IDENTITY_USERS.ID.eq(sponsorId.toString()))
            .and(IDENTITY_USERS.ROLE.eq(Role.SPONSOR.name()))
            .execute() == 1;
    }

    /** Suspends (since the given time, which names the suspension) or reinstates the user. */
    boolean changeSuspension(UUID userId, boolean suspended, String reason, Instant at) {
        return db.update(IDENTITY_USERS)
            .set(IDENTITY_USERS.SUSPENDED, suspended)
            .set(IDENTITY_USERS.SUSPENSION_REASON, suspended ? reason : null)
            .set(IDENTITY_USERS.SUSPENDED_AT, suspended ? at : null)
            .set(IDENTITY_USERS.VERSION, IDENTITY_USERS.VERSION.plus(1))
            .where(IDENTITY_USERS.ID.eq(userId.toString()))
            .execute() == 1;
    }

    /** When the user's current suspension began; empty when they are not suspended. */
    Optional<Instant> suspendedAt(UUID userId) {
        return db.select(IDENTITY_USERS.SUSPENDED_AT).from(IDENTITY_USERS)
            .where(IDENTITY_USERS.ID.eq(userId.toString()))
            .and(IDENTITY_USERS.SUSPENDED.isTrue())
            .fetchOptional(IDENTITY_USERS.SUSPENDED_AT);
    }

    Optional<Account> findByEmail(String email) {
        return db.selectFrom(IDENTITY_USERS)
            .where(IDENTITY_USERS.EMAIL_KEY.eq(EmailAddresses.key(email)))
            .fetchOptional(Accounts::toAccount);
    }

    Optional<Account> findById(UUID id) {
        return db.selectFrom(IDENTITY_USERS)
            .where(IDENTITY_USERS.ID.eq(id.toString()))
            .fetchOptional(Accounts::toAccount);
    }

    Optional<SponsorProfile> sponsorProfile(UUID sponsorId) {
        return db.selectFrom(IDENTITY_SPONSOR_PROFILES)
            .where(IDENTITY_SPONSOR_PROFILES.USER_ID.eq(sponsorId.toString()))
            .fetchOptional(r -> new SponsorProfile(r.getOrganisationName(), r.getIndustry(), r.getYearlyBudgetMinor()));
    }

    Optional<InfluencerProfile> influencerProfile(UUID influencerId) {
        Set<Platform> platforms = EnumSet.noneOf(Platform.class);
        db.select(IDENTITY_INFLUENCER_PLATFORMS.PLATFORM)
            .from(IDENTITY_INFLUENCER_PLATFORMS)
            .where(IDENTITY_INFLUENCER_PLATFORMS.USER_ID.eq(influencerId.toString()))
            .fetch(IDENTITY_INFLUENCER_PLATFORMS.PLATFORM)
            .forEach(platform -> platforms.add(Platform.valueOf(platform)));
        return db.select(IDENTITY_USERS.DISPLAY_NAME, IDENTITY_INFLUENCER_PROFILES.CATEGORY,
                    IDENTITY_INFLUENCER_PROFILES.NICHE, IDENTITY_INFLUENCER_PROFILES.REACH)
            .from(IDENTITY_INFLUENCER_PROFILES)
            .join(IDENTITY_USERS).on(IDENTITY_USERS.ID.eq(IDENTITY_INFLUENCER_PROFILES.USER_ID))
            .where(IDENTITY_INFLUENCER_PROFILES.USER_ID.eq(influencerId.toString()))
            .fetchOptional(r -> new InfluencerProfile(r.value1(), Category.valueOf(r.value2()), r.value3(), r.value4(),
                    platforms));
    }

    private static Account toAccount(Record r) {
        var u = r.into(IDENTITY_USERS);
        return new Account(UUID.fromString(u.getId()), u.getEmail(), Role.valueOf(u.getRole()), u.getDisplayName(),
                Approval.valueOf(u.getApproval()), u.getApprovalReason(), Boolean.TRUE.equals(u.getSuspended()),
                u.getSuspensionReason(), u.getPasswordHash(), u.getRegisteredAt());
    }

}
