package org.cablearchive.accounts.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import org.cablearchive.accounts.AccountNotFoundException;
import org.cablearchive.accounts.AccountView;
import org.cablearchive.accounts.InvalidAccountException;
import org.cablearchive.accounts.NewAccount;
import org.cablearchive.accounts.Role;
import org.cablearchive.accounts.UserAdministration;
import org.cablearchive.accounts.UsernameTakenException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' desk for accounts: the list with a form to create one, and a page per account to change its
 * roles, disable or enable it and reset its password. Post/redirect/get with a flash message; refusals come back
 * as messages on the field concerned.
 */
@Controller
class UserPagesController {

    private final UserAdministration users;

    UserPagesController(UserAdministration users) {
        this.users = users;
    }

    @ModelAttribute("allRoles")
    List<Role> allRoles() {
        return List.of(Role.values());
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("newAccount", new NewAccount("", "", List.of(Role.RESEARCHER.name())));
        return usersPage(model);
    }

    @PostMapping("/admin/users")
    String create(@Valid @ModelAttribute("newAccount") NewAccount form, BindingResult errors, Principal admin,
                  Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                AccountView created = users.create(form, admin.getName());
                return done(redirect, created.username(), "The account " + created.username() + " is created. Tell "
                        + "its owner the password; they can sign in now.");
            } catch (InvalidAccountException e) {
                errors.rejectValue(e.field(), "invalid", e.getMessage());
            } catch (UsernameTakenException e) {
                errors.rejectValue("username", "taken", e.getMessage());
            }
        }
        return usersPage(model);
    }

    private String usersPage(Model model) {
        model.addAttribute("users", users.all());
        return "accounts/users";
    }

    @GetMapping("/admin/users/{username}")
    String user(@PathVariable String username, Model model) {
        AccountView user = users.find(username).orElseThrow(() -> new AccountNotFoundException(username));
        model.addAttribute("user", user);
        if (!model.containsAttribute("rolesForm")) {
            model.addAttribute("rolesForm", new RolesForm(user.roles().stream().map(Role::name).toList()));
        }
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm(""));
        }
        return "accounts/user";
    }

    @PostMapping("/admin/users/{username}/roles")
    String roles(@PathVariable String username, @Valid @ModelAttribute("rolesForm") RolesForm form, BindingResult errors,
                 Principal admin, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                users.assignRoles(username, form.roles(), admin.getName());
                return done(redirect, username, "The roles of " + username + " are saved.");
            } catch (InvalidAccountException e) {
                errors.rejectValue("roles", "invalid", e.getMessage());
            }
        }
        return user(username, model);
    }

    @PostMapping("/admin/users/{username}/password")
    String password(@PathVariable String username, @Valid @ModelAttribute("passwordForm") PasswordForm form,
                    BindingResult errors, Principal admin, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                users.resetPassword(username, form.password(), admin.getName());
                return done(redirect, username, "The password of " + username + " is reset; the old one no longer "
                        + "works. Tell its owner the new one.");
            } catch (InvalidAccountException e) {
                errors.rejectValue("password", "invalid", e.getMessage());
            }
        }
        return user(username, model);
    }

    @PostMapping("/admin/users/{username}/disable")
    String disable(@PathVariable String username, Principal admin, Model model, RedirectAttributes redirect) {
        try {
            users.disable(username, admin.getName());
        } catch (InvalidAccountException e) {
            model.addAttribute("accountProblem", e.getMessage());
            return user(username, model);
        }
        return done(redirect, username, "The account " + username + " is disabled: it cannot sign in, and its "
                + "sessions have ended.");
    }

    @PostMapping("/admin/users/{username}/enable")
    String enable(@PathVariable String username, Principal admin, RedirectAttributes redirect) {
        users.enable(username, admin.getName());
        return done(redirect, username, "The account " + username + " is enabled: it can sign in again.");
    }

    private static String done(RedirectAttributes redirect, String username, String message) {
        redirect.addFlashAttribute("message", message);
        redirect.addAttribute("username", username);
        return "redirect:/admin/users/{username}";
    }
}
