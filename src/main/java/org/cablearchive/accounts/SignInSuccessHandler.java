package org.cablearchive.accounts;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * Where a sign-in leads: to the page that asked for it when there was one; otherwise staff go to their desk and
 * readers back to the page they signed in from (the {@code return} field of the form, a path of this site only).
 */
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final RequestCache cache = new HttpSessionRequestCache();

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication who)
            throws ServletException, IOException {
        if (cache.getRequest(request, response) != null) {
            super.onAuthenticationSuccess(request, response, who);
            return;
        }
        clearAuthenticationAttributes(request);
        getRedirectStrategy().sendRedirect(request, response,
                Reader.of(who).isStaff() ? "/desk" : localPath(request.getParameter("return")));
    }

    /** The path to go back to when it is one of this site's own pages; the home page otherwise. */
    static String localPath(String wanted) {
        if (wanted == null || !wanted.startsWith("/") || wanted.startsWith("//") || wanted.contains("\\")
                || wanted.startsWith("/login") || wanted.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return wanted;
    }
}
