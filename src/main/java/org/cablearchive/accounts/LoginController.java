package org.cablearchive.accounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; after a failed attempt it says why, and how the account is locked after repeated failures. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("failuresBeforeLock", SignInThrottle.PER_ACCOUNT);
        model.addAttribute("lockMinutes", SignInThrottle.WINDOW.toMinutes());
        return "accounts/login";
    }
}
