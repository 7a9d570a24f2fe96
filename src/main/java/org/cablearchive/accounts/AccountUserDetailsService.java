package org.cablearchive.accounts;

import java.time.Instant;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts as Spring Security signs them in: a locked or disabled account is refused before its password is read. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .authorities(account.roles().stream().map(Role::authority).toArray(String[]::new))
                .disabled(!account.isEnabled())
                .accountLocked(account.isLockedAt(Instant.now()))
                .build();
    }
}
