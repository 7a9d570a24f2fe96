package org.cablearchive.accounts.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import org.cablearchive.accounts.AccountNotFoundException;
import org.cablearchive.accounts.AccountView;
import org.cablearchive.accounts.NewAccount;
import org.cablearchive.accounts.UserAdministration;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Accounts for scripts (administrators only): {@code POST /api/users} creates one from
 * {@code {"username", "password", "roles": ["EDITOR"]}}; {@code GET /api/users/{username}} gives one. Never a password.
 */
@RestController
@RequestMapping("/api/users")
class UserApiController {

    private final UserAdministration users;

    UserApiController(UserAdministration users) {
        this.users = users;
    }

    @PostMapping
    ResponseEntity<AccountView> create(@Valid @RequestBody NewAccount account, Principal admin) {
        AccountView created = users.create(account, admin.getName());
        URI location = UriComponentsBuilder.fromPath("/api/users/{username}").buildAndExpand(created.username()).toUri();
        return ResponseEntity.created(location).body(created);
    }

    @GetMapping("/{username}")
    AccountView user(@PathVariable String username) {
        return users.find(username).orElseThrow(() -> new AccountNotFoundException(username));
    }
}
