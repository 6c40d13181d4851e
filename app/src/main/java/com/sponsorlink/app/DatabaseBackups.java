package com.sponsorlink.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Online backups of the SQLite database: {@code VACUUM INTO} writes a consistent copy of the
 * database as of one read snapshot, while the application goes on reading and writing (WAL lets a
 * reader and the writer run side by side). The copy is a complete database file; restoring is
 * copying it back while the app is stopped. Only for SQLite: other databases have their own tools.
 */
@Component
class DatabaseBackups {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final String url;
    private final Path folder;
    private final Clock clock;

    DatabaseBackups(DataSource dataSource, @Value("${spring.datasource.url}") String url,
            @Value("${app.backups.dir:data/backups}") Path folder, Clock clock) {
        this.dataSource = dataSource;
        this.url = url;
        this.folder = folder;
        this.clock = clock;
    }

    boolean available() {
        return url.startsWith("jdbc:sqlite:");
    }

    /** Writes a consistent copy of the database now; returns it. */
    Backup backUp() {
        if (!available()) {
            throw new IllegalStateException("Online backups here are for SQLite only; back up " + url + " with its own tools.");
        }
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve("sponsorlink-" + NAME.format(clock.instant()) + ".db").toAbsolutePath();
            // a reader's connection, outside any transaction (VACUUM INTO may not run in one): it reads
            // one snapshot and never takes the write lock
            try (Connection connection = dataSource.getConnection()) {
                connection.setReadOnly(true);
                try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                    vacuum.setString(1, target.toString());
                    vacuum.execute();
                }
            }
            return of(target);
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        catch (SQLException failure) {
            throw new IllegalStateException("The backup failed: " + failure.getMessage(), failure);
        }
    }

    /** The backups kept, newest first. */
    List<Backup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().matches("sponsorlink-[0-9-]+\\.db"))
                .map(DatabaseBackups::of)
                .sorted(Comparator.comparing(Backup::takenAt).reversed())
                .toList();
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    Path folder() {
        return folder.toAbsolutePath();
    }

    private static Backup of(Path file) {
        try {
            return new Backup(file.getFileName().toString(), file.toAbsolutePath().toString(), Files.size(file),
                    Files.getLastModifiedTime(file).toInstant());
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** One backup file. */
    record Backup(String name, String path, long bytes, Instant takenAt) {

        public String size() {
            return bytes < 1024 * 1024 ? (bytes / 1024) + " KB" : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
        }
    }
}
