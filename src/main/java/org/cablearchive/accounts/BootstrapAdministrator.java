package org.cablearchive.accounts;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure the archive can be administered from its first start: creates the account {@code admin} with the
 * password in {@code ARCHIVE_ADMIN_PASSWORD}, or with a generated one that is printed once, at that first start.
 * An existing admin account is never changed.
 */
@Component
@Order(0)
class BootstrapAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final String configuredPassword;

    BootstrapAdministrator(AccountRepository accounts, PasswordEncoder encoder,
                           @Value("${archive.admin-password:}") String configuredPassword) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.findByUsername(USERNAME).isPresent()) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? generatePassword() : configuredPassword;
        accounts.save(Account.create(USERNAME, encoder.encode(password), EnumSet.of(Role.ADMIN), Account.SYSTEM,
                Instant.now()));
        if (generated) {
            // Printed once, on purpose: there is no other way to learn it. Set ARCHIVE_ADMIN_PASSWORD to choose it.
            System.out.println();
            System.out.println("  Cable Archive administrator created.  Username: admin   Password: " + password);
            System.out.println("  Keep it now: it is not shown again (set ARCHIVE_ADMIN_PASSWORD to choose your own).");
            System.out.println();
        } else {
            log.info("Created the administrator account 'admin' with the password from ARCHIVE_ADMIN_PASSWORD");
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
