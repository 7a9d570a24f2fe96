package org.cablearchive.ingest.plaintext;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what a person should check in a reading. A serious warning means the reader was guessing about the
 * shape of the whole text, which makes the reading's confidence low; the others concern one detail.
 */
final class Warnings {

    private final List<String> messages = new ArrayList<>();
    private boolean serious;

    void add(String message) {
        if (!messages.contains(message)) {
            messages.add(message);
        }
    }

    void addSerious(String message) {
        add(message);
        serious = true;
    }

    boolean anySerious() {
        return serious;
    }

    List<String> messages() {
        return List.copyOf(messages);
    }
}
