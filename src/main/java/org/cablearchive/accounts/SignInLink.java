package org.cablearchive.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page its own address, so that the header's "Sign in" can bring a reader back to it. */
@ControllerAdvice(annotations = Controller.class)
class SignInLink {

    @ModelAttribute("here")
    String here(HttpServletRequest request) {
        return SignInSuccessHandler.localPath(LoginController.here(request));
    }
}
