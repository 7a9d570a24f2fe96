package org.cablearchive.records.domain;

import java.security.SecureRandom;

/**
 * Ids for documents that do not come from a volume (imported ones are {@code volume-xmlid}, e.g.
 * {@code frus1951v07p2-d12}): {@code ca-} and ten letters and digits, short enough to say and cite.
 */
final class DocumentIds {

    // Crockford's base 32: no I, L, O or U, so an id read aloud or copied by hand stays unambiguous.
    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private DocumentIds() {
    }

    static String generate() {
        StringBuilder id = new StringBuilder("ca-");
        for (int i = 0; i < 10; i++) {
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
