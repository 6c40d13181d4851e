package com.sponsorlink.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InfrastructureConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /**
     * SQLite creates the database file but not its folder; create the folder before the pool opens
     * its first connection, so the default {@code ./data/} works on a fresh clone.
     */
    @Bean
    static BeanPostProcessor sqliteFolderCreator() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof DataSourceProperties properties && properties.getUrl() != null) {
                    sqliteFile(properties.getUrl()).map(Path::getParent).ifPresent(InfrastructureConfiguration::createFolder);
                }
                return bean;
            }
        };
    }

    static java.util.Optional<Path> sqliteFile(String url) {
        if (!url.startsWith("jdbc:sqlite:")) {
            return java.util.Optional.empty();
        }
        String file = url.substring("jdbc:sqlite:".length());
        int query = file.indexOf('?');
        file = query < 0 ? file : file.substring(0, query);
        if (file.startsWith("file:")) {
            file = file.substring("file:".length());
        }
        if (file.isEmpty() || file.startsWith(":memory:")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Path.of(file).toAbsolutePath());
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot create the database folder " + folder, e);
        }
    }
}
