package org.cablearchive.accounts.web;

import jakarta.validation.constraints.NotBlank;

/** A new password an administrator sets for an account (then tells its owner). */
record PasswordForm(@NotBlank(message = "Type the new password (at least 12 characters).") String password) {
}
