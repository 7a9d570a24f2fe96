package org.cablearchive.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The account's own rules: throttling, roles, disabling, passwords. */
class AccountTest {

    private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

    private static Account archivist() {
        return Account.create("clerk", "{noop}x", EnumSet.of(Role.ARCHIVIST), "admin", NOON);
    }

    @Test
    void theFifthFailedSignInInARowLocksTheAccountForFifteenMinutes() {
        Account account = archivist();
        for (int i = 1; i < Account.FAILED_SIGN_INS_BEFORE_LOCK; i++) {
            assertThat(account.registerFailedSignIn(NOON.plusSeconds(i))).isFalse();
            assertThat(account.isLockedAt(NOON.plusSeconds(i))).isFalse();
        }
        Instant fifth = NOON.plusSeconds(10);
        assertThat(account.registerFailedSignIn(fifth)).isTrue();
        assertThat(account.lockedUntil()).isEqualTo(fifth.plus(Duration.ofMinutes(15)));
        assertThat(account.isLockedAt(fifth.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(account.isLockedAt(fifth.plus(Duration.ofMinutes(15)))).isFalse();
        // After the lock the count starts again: one more failure does not lock at once.
        assertThat(account.registerFailedSignIn(fifth.plus(Duration.ofMinutes(16)))).isFalse();
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() {
        Account account = archivist();
        for (int i = 0; i < Account.FAILED_SIGN_INS_BEFORE_LOCK - 1; i++) {
            account.registerFailedSignIn(NOON);
        }
        account.registerSuccessfulSignIn();
        assertThat(account.registerFailedSignIn(NOON)).isFalse();
        assertThat(account.failedSignIns()).isEqualTo(1);
    }

    @Test
    void aPasswordResetLiftsTheLock() {
        Account account = archivist();
        for (int i = 0; i < Account.FAILED_SIGN_INS_BEFORE_LOCK; i++) {
            account.registerFailedSignIn(NOON);
        }
        assertThat(account.isLockedAt(NOON)).isTrue();
        account.resetPassword("{noop}y", "admin", NOON.plusSeconds(60));
        assertThat(account.isLockedAt(NOON.plusSeconds(61))).isFalse();
        assertThat(account.passwordHash()).isEqualTo("{noop}y");
        assertThat(account.passwordChangedAt()).isEqualTo(NOON.plusSeconds(60));
    }

    @Test
    void disablingRemembersWhoAndWhenAndEnablingForgetsIt() {
        Account account = archivist();
        account.disable("admin", NOON);
        assertThat(account.isEnabled()).isFalse();
        assertThat(account.disabledBy()).isEqualTo("admin");
        account.enable("admin");
        assertThat(account.isEnabled()).isTrue();
        assertThat(account.disabledAt()).isNull();
    }

    @Test
    void anAccountHasAtLeastOneRole() {
        assertThatThrownBy(() -> archivist().assignRoles(EnumSet.noneOf(Role.class), "admin"))
                .isInstanceOf(InvalidAccountException.class).hasMessageContaining("at least one role");
        Account account = archivist();
        account.assignRoles(EnumSet.of(Role.ARCHIVIST, Role.EDITOR), "admin");
        assertThat(account.roles()).containsExactlyInAnyOrder(Role.EDITOR, Role.ARCHIVIST);
        assertThat(Account.describe(account.roles())).isEqualTo("EDITOR, ARCHIVIST");
    }

    @Test
    void roleNamesAreCheckedAndTheUnknownOneIsNamed() {
        assertThat(UserAdministration.roles(List.of("editor", " ARCHIVIST"))).containsExactlyInAnyOrder(Role.EDITOR, Role.ARCHIVIST);
        assertThatThrownBy(() -> UserAdministration.roles(List.of("EDITOR", "BOSS")))
                .isInstanceOf(InvalidAccountException.class)
                .hasMessage("There is no role BOSS: choose from ADMIN, EDITOR, ARCHIVIST, RESEARCHER.");
    }

    @Test
    void weakPasswordsAreRefusedWithAReason() {
        assertThatThrownBy(() -> PasswordPolicy.check("short", "clerk")).hasMessageContaining("at least 12 characters");
        assertThatThrownBy(() -> PasswordPolicy.check("my-name-is-clerk", "clerk")).hasMessageContaining("username");
        assertThatThrownBy(() -> PasswordPolicy.check("abababababababab", "clerk")).hasMessageContaining("different characters");
        assertThatThrownBy(() -> PasswordPolicy.check("é".repeat(40), "clerk")).hasMessageContaining("72 bytes");
        assertThatThrownBy(() -> PasswordPolicy.check("password1234", "clerk")).hasMessageContaining("most common");
        assertThatThrownBy(() -> PasswordPolicy.check("!!Baseball2024", "clerk")).hasMessageContaining("most common");
        assertThatThrownBy(() -> PasswordPolicy.check("QWERTYUIOP123", "clerk")).hasMessageContaining("most common");
        assertThatThrownBy(() -> PasswordPolicy.check("admin-password-2024", "admin")).hasMessageContaining("username");
        PasswordPolicy.check("correct horse battery staple", "clerk");
    }
}
