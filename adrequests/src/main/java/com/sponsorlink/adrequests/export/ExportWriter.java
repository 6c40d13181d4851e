package com.sponsorlink.adrequests.export;

import static com.sponsorlink.adrequests.persistence.jooq.Tables.ADREQUESTS_AD_REQUESTS;
import static com.sponsorlink.adrequests.persistence.jooq.Tables.ADREQUESTS_CAMPAIGNS;
import static com.sponsorlink.adrequests.persistence.jooq.Tables.ADREQUESTS_INFLUENCERS;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Currency;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.sponsorlink.adrequests.events.ExportReady;

/**
 * Writes a sponsor's export in the background: one line per ad request with its campaign, and one
 * for each campaign without any. Rows stream from a database cursor straight into the file, so a
 * hundred thousand rows never sit in memory together; progress is saved every thousand rows.
 */
@Component
class ExportWriter {

    static final int PROGRESS_EVERY = 1000;
    private static final Logger log = LoggerFactory.getLogger(ExportWriter.class);
    private static final Object[] HEADER = { "campaign", "visibility", "start_date", "end_date", "budget", "committed",
        "ad_request_id", "influencer", "status", "amount", "agreed", "paid", "due_date", "requirements" };

    private final DSLContext db;
    private final Exports exports;
    private final TransactionTemplate writes;
    private final TransactionTemplate reads;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Path folder;
    private final int fractionDigits;

    ExportWriter(DSLContext db, Exports exports, PlatformTransactionManager transactions, ApplicationEventPublisher events,
            Clock clock, @Value("${app.exports.dir:data/exports}") Path folder, @Value("${app.currency:USD}") String currency) {
        this.db = db;
        this.exports = exports;
        this.writes = new TransactionTemplate(transactions);
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
        this.events = events;
        this.clock = clock;
        this.folder = folder;
        this.fractionDigits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    }

    Path fileOf(String fileName) {
        return folder.resolve(fileName);
    }

    @Async
    void write(UUID exportId, UUID sponsorId, String fileName) {
        try {
            Files.createDirectories(folder);
            Condition mine = ADREQUESTS_CAMPAIGNS.SPONSOR_ID.eq(sponsorId.toString()).and(ADREQUESTS_CAMPAIGNS.DELETED.isFalse());
            int total = reads.execute(status -> db.fetchCount(db.select(ADREQUESTS_CAMPAIGNS.CAMPAIGN_ID)
                .from(ADREQUESTS_CAMPAIGNS)
                .leftJoin(ADREQUESTS_AD_REQUESTS).on(ADREQUESTS_AD_REQUESTS.CAMPAIGN_ID.eq(ADREQUESTS_CAMPAIGNS.CAMPAIGN_ID))
                .where(mine)));
            writes.executeWithoutResult(status -> exports.running(exportId, total));
            int rows = reads.execute(status -> stream(exportId, mine, fileOf(fileName)));
            writes.executeWithoutResult(status -> {
                exports.finished(exportId, "READY", rows, clock.instant());
                events.publishEvent(new ExportReady(exportId, sponsorId, rows, clock.instant()));
            });
        }
        catch (RuntimeException | IOException failure) {
            log.warn("Export {} failed", exportId, failure);
            writes.executeWithoutResult(status -> exports.finished(exportId, "FAILED", 0, clock.instant()));
        }
    }

    private int stream(UUID exportId, Condition mine, Path file) {
        int rows = 0;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             var cursor = db.select(ADREQUESTS_CAMPAIGNS.NAME, ADREQUESTS_CAMPAIGNS.VISIBILITY,
                         ADREQUESTS_CAMPAIGNS.START_DATE, ADREQUESTS_CAMPAIGNS.END_DATE, ADREQUESTS_CAMPAIGNS.BUDGET_MINOR,
                         ADREQUESTS_CAMPAIGNS.COMMITTED_MINOR, ADREQUESTS_AD_REQUESTS.ID, ADREQUESTS_INFLUENCERS.DISPLAY_NAME,
                         ADREQUESTS_AD_REQUESTS.STATUS, ADREQUESTS_AD_REQUESTS.OFFER_MINOR, ADREQUESTS_AD_REQUESTS.AGREED_MINOR,
                         ADREQUESTS_AD_REQUESTS.DUE_DATE, ADREQUESTS_AD_REQUESTS.REQUIREMENTS, ADREQUESTS_AD_REQUESTS.PAID_MINOR)
                     .from(ADREQUESTS_CAMPAIGNS)
                     .leftJoin(ADREQUESTS_AD_REQUESTS).on(ADREQUESTS_AD_REQUESTS.CAMPAIGN_ID.eq(ADREQUESTS_CAMPAIGNS.CAMPAIGN_ID))
                     .leftJoin(ADREQUESTS_INFLUENCERS).on(ADREQUESTS_INFLUENCERS.INFLUENCER_ID.eq(ADREQUESTS_AD_REQUESTS.INFLUENCER_ID))
                     .where(mine)
                     .orderBy(ADREQUESTS_CAMPAIGNS.NAME, ADREQUESTS_CAMPAIGNS.CAMPAIGN_ID, ADREQUESTS_AD_REQUESTS.CREATED_AT)
                     .fetchSize(500)
                     .fetchLazy()) {
            out.write(CsvCells.line(Arrays.asList(HEADER)));
            for (var r : cursor) {
                out.write(CsvCells.line(Arrays.asList(r.value1(), r.value2(), r.value3(), r.value4(), amount(r.value5()),
                        amount(r.value6()), r.value7(), r.value8(), r.value9(), amount(r.value10()), amount(r.value11()),
                        r.value11() == null ? null : amount(r.value14()), r.value12(), r.value13())));
                if (++rows % PROGRESS_EVERY == 0) {
                    int done = rows;
                    writes.executeWithoutResult(status -> exports.progress(exportId, done));
                }
            }
        }
        catch (IOException failure) {
            throw new java.io.UncheckedIOException(failure);
        }
        return rows;
    }

    private BigDecimal amount(Long minor) {
        return minor == null ? null : BigDecimal.valueOf(minor, fractionDigits);
    }
}
