package com.sponsorlink.identity.account;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Makes sure the marketplace has an admin from its first start. The credentials come from
 * {@code app.admin.email} and {@code app.admin.password}; without a password, a strong one-time
 * password is generated and logged once, since there is no default password anywhere.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Accounts accounts;
    private final AccountService service;
    private final String email;
    private final String password;

    AdminBootstrap(Accounts accounts, AccountService service, @Value("${app.admin.email:admin@sponsorlink.local}") String email,
            @Value("${app.admin.password:}") String password) {
        this.accounts = accounts;
        this.service = service;
        this.email = email;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.anyAdmin()) {
            return;
        }
        if (StringUtils.hasText(password)) {
            service.registerAdmin(email, "Admin", password, null);
            log.info("Created the first admin account {} with the configured password.", email);
            return;
        }
        String generated = generatePassword();
        service.registerAdmin(email, "Admin", generated, null);
        log.warn("""

                ==================================================================
                 First start: created the admin account.
                   email:    {}
                   password: {}
                 This password is shown only once. Sign in and change it under Profile.
                ==================================================================""", email, generated);
    }

    private static String generatePassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
