package org.cablearchive.accounts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.Locale;

/**
 * What makes a password acceptable: long enough to resist guessing (a few words in a row are easy to remember),
 * short enough for bcrypt (which reads 72 bytes at most), not containing the username, not one or two characters
 * repeated, not one of the 10,000 most common passwords (nor one of them with digits added).
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** Refuses a weak password with a message that says how to choose a better one. */
    static void check(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw weak("A password needs at least " + MIN_LENGTH + " characters; a few words in a row are easy to "
                    + "remember and hard to guess.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw weak("A password can be at most " + MAX_BYTES + " bytes long (72 letters without accents, fewer "
                    + "with accents or in other scripts).");
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw weak("A password must not contain the username.");
        }
        if (password.chars().distinct().count() < 5) {
            throw weak("A password needs at least 5 different characters; this one repeats too few.");
        }
        if (isCommon(password)) {
            throw weak("This password is one of the most common ones (or one of them with digits or signs added), "
                    + "which are tried first by anyone guessing. Choose a few unrelated words in a row.");
        }
    }

    /**
     * Whether the password is among the {@value #COMMON_COUNT} most common passwords, whatever its case, or one of
     * them with digits or signs around it ({@code password1234}, {@code !Dragon2024}).
     */
    static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (Common.LIST.contains(lower)) {
            return true;
        }
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        return core.length() >= 4 && Common.LIST.contains(core);
    }

    static final int COMMON_COUNT = 10_000;

    /**
     * The 10,000 most common passwords, most common first, from the frequency lists of zxcvbn 4.4.2 (MIT licence,
     * Dan Wheeler and Dropbox, Inc.), which ranks them from leaked password sets; loaded once, when first needed.
     */
    private static final class Common {
        static final Set<String> LIST = load();

        private static Set<String> load() {
            try (InputStream in = PasswordPolicy.class.getResourceAsStream("/accounts/common-passwords.txt")) {
                if (in == null) {
                    throw new IllegalStateException("accounts/common-passwords.txt is missing from the classpath");
                }
                Set<String> list = new HashSet<>(COMMON_COUNT * 2);
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(line -> !line.isEmpty()).forEach(line -> list.add(line.toLowerCase(Locale.ROOT)));
                return Set.copyOf(list);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static InvalidAccountException weak(String message) {
        return new InvalidAccountException("password", message);
    }
}
