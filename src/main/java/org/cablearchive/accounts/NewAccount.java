package org.cablearchive.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An account to create, as the administrators' form and {@code POST /api/users} give it. The password's strength
 * and the roles' names are checked when the account is created.
 *
 * @param username letters, digits and {@code . _ @ -}, 2 to 100 of them
 * @param password the initial password, in clear (it is hashed before it is kept)
 * @param roles    role names: {@code ADMIN}, {@code EDITOR}, {@code ARCHIVIST}, {@code RESEARCHER}
 */
public record NewAccount(
        @NotBlank(message = "Choose a username.")
        @Size(min = 2, max = 100, message = "A username has 2 to 100 characters.")
        @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "A username may hold letters, digits, dots, hyphens, "
                + "underscores and @ only (no spaces or accents).")
        String username,
        @NotBlank(message = "Choose a password of at least 12 characters.")
        String password,
        @NotEmpty(message = "Choose at least one role.")
        List<String> roles) {
}
