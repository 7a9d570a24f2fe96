package org.cablearchive.accounts.web;

import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/** The roles an administrator ticks for an account. */
record RolesForm(@NotEmpty(message = "Choose at least one role.") List<String> roles) {
}
