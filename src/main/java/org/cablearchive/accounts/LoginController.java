package org.cablearchive.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in form; after a failed attempt it says why, and how the account is locked after repeated failures. It
 * carries the page it was opened from, for a reader to go back to once signed in.
 */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(name = "return", required = false) String back, Model model) {
        model.addAttribute("failuresBeforeLock", SignInThrottle.PER_ACCOUNT);
        model.addAttribute("lockMinutes", SignInThrottle.WINDOW.toMinutes());
        model.addAttribute("back", SignInSuccessHandler.localPath(back));
        return "accounts/login";
    }

    /** The path and query of the page, for its "Sign in" link to come back to. */
    static String here(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
