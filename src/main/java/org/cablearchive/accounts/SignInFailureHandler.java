package org.cablearchive.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Back to the sign-in form after a failed attempt, with a message that says why when the reason is the account's
 * state: locked after too many failures (and until when), or disabled. Any other failure gets the form's plain
 * "the username or password is not right".
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

    static final String PROBLEM = "signInProblem";
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final AccountRepository accounts;
    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

    SignInFailureHandler(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        String problem = username == null ? null : accounts.findByUsername(username).map(this::problem).orElse(null);
        if (problem != null) {
            FlashMap flash = new FlashMap();
            flash.put(PROBLEM, problem);
            flash.setTargetRequestPath(request.getContextPath() + "/login");
            flashMaps.saveOutputFlashMap(flash, request, response);
        }
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    private String problem(Account account) {
        Instant now = Instant.now();
        if (account.isLockedAt(now)) {
            return lockedMessage(account.lockedUntil());
        }
        if (!account.isEnabled()) {
            return "This account is disabled. An administrator can enable it again.";
        }
        return null;
    }

    /** The message as the login page shows it for a lock ending at {@code until} (hours and minutes in the server's time zone). */
    static String lockedMessage(Instant until) {
        return "Too many failed sign-ins: this account is locked until "
                + HOUR.format(until.atZone(ZoneId.systemDefault())) + ".";
    }
}
