package org.cablearchive.accounts;

/** There is no account with this username. */
public class AccountNotFoundException extends RuntimeException {

    public AccountNotFoundException(String username) {
        super("There is no account " + username + ".");
    }
}
