package com.sponsorlink.adrequests.adrequest;

import static com.sponsorlink.adrequests.persistence.jooq.Tables.ADREQUESTS_PAYMENTS;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/**
 * Payments recorded against completed collaborations. The platform tracks them; the money moves
 * outside it.
 */
@Repository
class Payments {

    private final DSLContext db;

    Payments(DSLContext db) {
        this.db = db;
    }

    void insert(Payment payment) {
        db.insertInto(ADREQUESTS_PAYMENTS)
            .set(ADREQUESTS_PAYMENTS.ID, payment.id().toString())
            .set(ADREQUESTS_PAYMENTS.AD_REQUEST_ID, payment.adRequestId().toString())
            .set(ADREQUESTS_PAYMENTS.AMOUNT_MINOR, payment.amountMinor())
            .set(ADREQUESTS_PAYMENTS.PAID_DATE, payment.paidDate())
            .set(ADREQUESTS_PAYMENTS.REFERENCE, payment.reference())
            .set(ADREQUESTS_PAYMENTS.RECORDED_AT, payment.recordedAt())
            .execute();
    }

    /** Confirms receipt once; false if it was already confirmed. */
    boolean confirm(UUID id, Instant now) {
        return db.update(ADREQUESTS_PAYMENTS)
            .set(ADREQUESTS_PAYMENTS.CONFIRMED_AT, now)
            .where(ADREQUESTS_PAYMENTS.ID.eq(id.toString()))
            .and(ADREQUESTS_PAYMENTS.CONFIRMED_AT.isNull())
            .execute() == 1;
    }

    /** The payment, if it belongs to that ad request; another request's is as good as absent. */
    Optional<Payment> find(UUID adRequestId, UUID id) {
        return db.selectFrom(ADREQUESTS_PAYMENTS)
            .where(ADREQUESTS_PAYMENTS.ID.eq(id.toString()))
            .and(ADREQUESTS_PAYMENTS.AD_REQUEST_ID.eq(adRequestId.toString()))
            .fetchOptional(Payments::toPayment);
    }

    List<Payment> of(UUID adRequestId) {
        return db.selectFrom(ADREQUESTS_PAYMENTS)
            .where(ADREQUESTS_PAYMENTS.AD_REQUEST_ID.eq(adRequestId.toString()))
            .orderBy(ADREQUESTS_PAYMENTS.RECORDED_AT, ADREQUESTS_PAYMENTS.ID)
            .fetch(Payments::toPayment);
    }

    private static Payment toPayment(Record record) {
        var r = record.into(ADREQUESTS_PAYMENTS);
        return new Payment(UUID.fromString(r.getId()), UUID.fromString(r.getAdRequestId()), r.getAmountMinor(),
                r.getPaidDate(), r.getReference(), r.getRecordedAt(), r.getConfirmedAt());
    }

    /** A payment the sponsor recorded; confirmed once the influencer says it arrived. */
    public record Payment(UUID id, UUID adRequestId, long amountMinor, LocalDate paidDate, String reference,
            Instant recordedAt, Instant confirmedAt) {

        public boolean confirmed() {
            return confirmedAt != null;
        }
    }
}
