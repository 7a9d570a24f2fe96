package org.cablearchive.accounts;

import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused before its password was read, because too many failed from that address (see SignInThrottle). */
class SignInThrottledException extends AuthenticationException {

    private final Instant until;

    SignInThrottledException(Instant until) {
        super(SignInThrottle.message(until));
        this.until = until;
    }

    Instant until() {
        return until;
    }
}
