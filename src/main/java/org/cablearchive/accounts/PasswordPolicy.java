package org.cablearchive.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What makes a password acceptable: long enough to resist guessing (a few words in a row are easy to remember),
 * short enough for bcrypt (which reads 72 bytes at most), not the username, not one or two characters repeated.
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
    }

    private static InvalidAccountException weak(String message) {
        return new InvalidAccountException("password", message);
    }
}
