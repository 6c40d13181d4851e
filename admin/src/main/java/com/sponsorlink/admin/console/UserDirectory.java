package com.sponsorlink.admin.console;

import static com.sponsorlink.admin.persistence.jooq.Tables.ADMIN_USERS;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Repository;

import com.sponsorlink.identity.events.Category;

/**
 * The console's read model of users. Writes are upserts or keyed updates, so replays are harmless.
 */
@Repository
class UserDirectory {

    private final DSLContext db;

    UserDirectory(DSLContext db) {
        this.db = db;
    }

    void register(UUID userId, String email, String displayName, String role, String approval, Instant registeredAt) {
        db.insertInto(ADMIN_USERS)
            .set(ADMIN_USERS.USER_ID, userId.toString())
            .set(ADMIN_USERS.EMAIL, email)
            .set(ADMIN_USERS.EMAIL_KEY, email.toLowerCase(Locale.ROOT))
            .set(ADMIN_USERS.DISPLAY_NAME, displayName)
            .set(ADMIN_USERS.ROLE, role)
            .set(ADMIN_USERS.APPROVAL, approval)
            .set(ADMIN_USERS.SUSPENDED, false)
            .set(ADMIN_USERS.REGISTERED_AT, registeredAt)
            .onConflict(ADMIN_USERS.USER_ID).doNothing()
            .execute();
    }

    /** The user's public profile: an industry for sponsors; category, niche and reach for influencers. */
    void profile(UUID userId, String displayName, String industry, String category, String niche, Long reach) {
        db.update(ADMIN_USERS)
            .set(ADMIN_USERS.DISPLAY_NAME, displayName)
            .set(ADMIN_USERS.INDUSTRY, industry)
            .set(ADMIN_USERS.CATEGORY, category)
            .set(ADMIN_USERS.NICHE, niche)
            .set(ADMIN_USERS.REACH, reach)
            .where(ADMIN_USERS.USER_ID.eq(userId.toString()))
            .execute();
    }

    void decide(UUID sponsorId, String approval, String reason) {
        db.update(ADMIN_USERS)
            .set(ADMIN_USERS.APPROVAL, approval)
            .set(ADMIN_USERS.APPROVAL_REASON, reason)
            .where(ADMIN_USERS.USER_ID.eq(sponsorId.toString()))
            .execute();
    }

    void suspend(UUID userId, boolean suspended, String reason) {
        db.update(ADMIN_USERS)
            .set(ADMIN_USERS.SUSPENDED, suspended)
            .set(ADMIN_USERS.SUSPENSION_REASON, suspended ? reason : null)
            .where(ADMIN_USERS.USER_ID.eq(userId.toString()))
            .execute();
    }

    Optional<UserSummary> find(UUID userId) {
        return db.selectFrom(ADMIN_USERS).where(ADMIN_USERS.USER_ID.eq(userId.toString()))
            .fetchOptional(UserDirectory::toSummary);
    }

    int activeAdmins() {
        return db.fetchCount(ADMIN_USERS, ADMIN_USERS.ROLE.eq("ADMIN").and(ADMIN_USERS.SUSPENDED.isFalse()));
    }

    /**
     * Users matching the filter, newest first. One row more than a page tells whether there is a
     * next page: counting every match cost more than the page itself once there were 200k users.
     */
    Slice<UserSummary> search(UserFilter filter, Pageable pageable) {
        List<UserSummary> users = db.selectFrom(ADMIN_USERS)
            .where(matching(filter))
            .orderBy(ADMIN_USERS.REGISTERED_AT.desc(), ADMIN_USERS.USER_ID)
            .limit(pageable.getPageSize() + 1)
            .offset(pageable.getOffset())
            .fetch(UserDirectory::toSummary);
        boolean more = users.size() > pageable.getPageSize();
        return new SliceImpl<>(more ? users.subList(0, pageable.getPageSize()) : users, pageable, more);
    }

    /** Pending sponsors, oldest first: the order in which they are waiting. */
    Page<UserSummary> pendingSponsors(Pageable pageable) {
        Condition where = ADMIN_USERS.ROLE.eq("SPONSOR").and(ADMIN_USERS.APPROVAL.eq("PENDING"));
        int total = db.fetchCount(ADMIN_USERS, where);
        List<UserSummary> users = db.selectFrom(ADMIN_USERS)
            .where(where)
            .orderBy(ADMIN_USERS.REGISTERED_AT, ADMIN_USERS.USER_ID)
            .limit(pageable.getPageSize())
            .offset(pageable.getOffset())
            .fetch(UserDirectory::toSummary);
        return new PageImpl<>(users, pageable, total);
    }

    /** Users by role, and by standing within the role. */
    Map<String, Map<String, Integer>> countsByRoleAndStatus() {
        var status = DSL.when(ADMIN_USERS.SUSPENDED.isTrue(), DSL.inline("SUSPENDED")).otherwise(ADMIN_USERS.APPROVAL);
        Map<String, Map<String, Integer>> counts = new java.util.TreeMap<>();
        db.select(ADMIN_USERS.ROLE, status, DSL.count())
            .from(ADMIN_USERS)
            .groupBy(ADMIN_USERS.ROLE, status)
            .forEach(r -> counts.computeIfAbsent(r.value1(), role -> new java.util.TreeMap<>()).put(r.value2(), r.value3()));
        return counts;
    }

    private static Condition matching(UserFilter filter) {
        List<Condition> conditions = new ArrayList<>();
        if (!filter.q().isEmpty()) {
            String like = "%" + filter.q().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            conditions.add(ADMIN_USERS.EMAIL_KEY.like(like, '\\').or(DSL.lower(ADMIN_USERS.DISPLAY_NAME).like(like, '\\')));
        }
        if (!filter.role().isEmpty()) {
            conditions.add(ADMIN_USERS.ROLE.eq(filter.role()));
        }
        if ("SUSPENDED".equals(filter.status())) {
            conditions.add(ADMIN_USERS.SUSPENDED.isTrue());
        }
        else if (!filter.status().isEmpty()) {
            conditions.add(ADMIN_USERS.APPROVAL.eq(filter.status()).and(ADMIN_USERS.SUSPENDED.isFalse()));
        }
        return DSL.and(conditions);
    }

    private static UserSummary toSummary(Record record) {
        var r = record.into(ADMIN_USERS);
        return new UserSummary(UUID.fromString(r.getUserId()), r.getEmail(), r.getDisplayName(), r.getRole(),
                r.getApproval(), r.getApprovalReason(), Boolean.TRUE.equals(r.getSuspended()), r.getSuspensionReason(),
                r.getRegisteredAt(), r.getIndustry(), r.getCategory() == null ? null : Category.valueOf(r.getCategory()),
                r.getNiche(), r.getReach());
    }
}
