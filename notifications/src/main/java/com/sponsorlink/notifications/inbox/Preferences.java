package com.sponsorlink.notifications.inbox;

import static com.sponsorlink.notifications.persistence.jooq.Tables.NOTIFICATIONS_PREFERENCES;

import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each person wants to be told, beyond the inbox.
 */
@Repository
class Preferences {

    private final DSLContext db;

    Preferences(DSLContext db) {
        this.db = db;
    }

    /** The person's choices; without saved ones, email on and the rest off. */
    @Transactional(readOnly = true)
    Choice of(UUID userId) {
        return db.selectFrom(NOTIFICATIONS_PREFERENCES)
            .where(NOTIFICATIONS_PREFERENCES.USER_ID.eq(userId.toString()))
            .fetchOptional(r -> new Choice(Boolean.TRUE.equals(r.getEmailEnabled()), Boolean.TRUE.equals(r.getChatEnabled()),
                    r.getChatWebhookUrl(), Boolean.TRUE.equals(r.getSmsEnabled()), r.getPhone()))
            .orElse(Choice.DEFAULT);
    }

    @Transactional
    void save(UUID userId, Choice choice) {
        db.insertInto(NOTIFICATIONS_PREFERENCES)
            .set(NOTIFICATIONS_PREFERENCES.USER_ID, userId.toString())
            .set(NOTIFICATIONS_PREFERENCES.EMAIL_ENABLED, choice.email())
            .set(NOTIFICATIONS_PREFERENCES.CHAT_ENABLED, choice.chat())
            .set(NOTIFICATIONS_PREFERENCES.CHAT_WEBHOOK_URL, choice.webhookUrl())
            .set(NOTIFICATIONS_PREFERENCES.SMS_ENABLED, choice.sms())
            .set(NOTIFICATIONS_PREFERENCES.PHONE, choice.phone())
            .onConflict(NOTIFICATIONS_PREFERENCES.USER_ID).doUpdate()
            .set(NOTIFICATIONS_PREFERENCES.EMAIL_ENABLED, choice.email())
            .set(NOTIFICATIONS_PREFERENCES.CHAT_ENABLED, choice.chat())
            .set(NOTIFICATIONS_PREFERENCES.CHAT_WEBHOOK_URL, choice.webhookUrl())
            .set(NOTIFICATIONS_PREFERENCES.SMS_ENABLED, choice.sms())
            .set(NOTIFICATIONS_PREFERENCES.PHONE, choice.phone())
            .execute();
    }

    /** A person's channels; the webhook URL and phone number are kept even while their channel is off. */
    record Choice(boolean email, boolean chat, String webhookUrl, boolean sms, String phone) {

        static final Choice DEFAULT = new Choice(true, false, null, false, null);
    }
}
