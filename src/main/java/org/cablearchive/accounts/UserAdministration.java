package org.cablearchive.accounts;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do with accounts: create them, assign roles, disable and enable them, reset passwords.
 * Each change is made by the {@link Account} itself, which registers the {@link AccountEvent} the audit log records.
 * An administrator cannot disable their own account or take the ADMIN role from it, so the archive cannot be left
 * without anyone able to administer it by a slip of the mouse.
 */
@Service
public class UserAdministration {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;

    UserAdministration(AccountRepository accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    @Transactional(readOnly = true)
    public List<AccountView> all() {
        Instant now = Instant.now();
        return accounts.findAllInOrder().stream().map(a -> AccountView.of(a, now)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> find(String username) {
        return accounts.findByUsername(username).map(a -> AccountView.of(a, Instant.now()));
    }

    /**
     * Creates an enabled account.
     *
     * @throws InvalidAccountException for a weak password or an unknown role
     * @throws UsernameTakenException  when another account has the username (in any case)
     */
    @Transactional
    public AccountView create(NewAccount command, String by) {
        Set<Role> roles = roles(command.roles());
        PasswordPolicy.check(command.password(), command.username());
        if (accounts.findByUsername(command.username()).isPresent()) {
            throw new UsernameTakenException(command.username());
        }
        Instant now = Instant.now();
        Account account = Account.create(command.username(), encoder.encode(command.password()), roles, by, now);
        return AccountView.of(accounts.save(account), now);
    }

    @Transactional
    public void assignRoles(String username, List<String> roleNames, String by) {
        Set<Role> roles = roles(roleNames);
        if (username.equalsIgnoreCase(by) && !roles.contains(Role.ADMIN)) {
            throw new InvalidAccountException("roles", "You cannot take the ADMIN role from your own account; "
                    + "another administrator can.");
        }
        Account account = account(username);
        account.assignRoles(roles, by);
        accounts.save(account);
    }

    @Transactional
    public void disable(String username, String by) {
        if (username.equalsIgnoreCase(by)) {
            throw new InvalidAccountException("account", "You cannot disable your own account; another "
                    + "administrator can.");
        }
        Account account = account(username);
        account.disable(by, Instant.now());
        accounts.save(account);
    }

    @Transactional
    public void enable(String username, String by) {
        Account account = account(username);
        account.enable(by);
        accounts.save(account);
    }

    /** Sets a new password (checked like a new account's), which also lifts a lock after failed sign-ins. */
    @Transactional
    public void resetPassword(String username, String newPassword, String by) {
        Account account = account(username);
        PasswordPolicy.check(newPassword, account.username());
        account.resetPassword(encoder.encode(newPassword), by, Instant.now());
        accounts.save(account);
    }

    private Account account(String username) {
        return accounts.findForUpdate(username).orElseThrow(() -> new AccountNotFoundException(username));
    }

    /** The roles named, or a refusal that names the unknown one and lists the right ones. */
    static Set<Role> roles(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new InvalidAccountException("roles", "Choose at least one role.");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            roles.add(Arrays.stream(Role.values()).filter(r -> r.name().equalsIgnoreCase(name == null ? "" : name.strip()))
                    .findFirst().orElseThrow(() -> new InvalidAccountException("roles", "There is no role " + name
                            + ": choose from " + Arrays.stream(Role.values()).map(Role::name)
                            .collect(Collectors.joining(", ")) + ".")));
        }
        return roles;
    }
}
