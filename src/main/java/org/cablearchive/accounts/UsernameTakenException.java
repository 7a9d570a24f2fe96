package org.cablearchive.accounts;

/** Another account has this username already (usernames are compared without regard to case). */
public class UsernameTakenException extends RuntimeException {

    public UsernameTakenException(String username) {
        super("The username " + username + " is taken: choose another one.");
    }
}
