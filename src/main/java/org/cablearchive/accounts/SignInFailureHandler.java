package org.cablearchive.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Back to the sign-in form after a failed attempt, with a message that says why when the address must wait after
 * too many failures (and until when), or the account is disabled. Any other failure gets the form's plain
 * "the username or password is not right".
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

    static final String PROBLEM = "signInProblem";

    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String problem = problem(exception);
        if (problem != null) {
            FlashMap flash = new FlashMap();
            flash.put(PROBLEM, problem);
            flash.setTargetRequestPath(request.getContextPath() + "/login");
            flashMaps.saveOutputFlashMap(flash, request, response);
        }
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    /**
     * What to say beyond "not right": that this address must wait (the same words whether or not the account
     * exists), or that the account is disabled (told only after its right password was typed).
     */
    private static String problem(AuthenticationException exception) {
        if (exception instanceof SignInThrottledException throttled) {
            return SignInThrottle.message(throttled.until());
        }
        if (exception instanceof DisabledException) {
            return "This account is disabled. An administrator can enable it again.";
        }
        return null;
    }

}
