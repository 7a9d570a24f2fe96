package org.cablearchive.publishing.oai;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.regex.Pattern;
import org.cablearchive.records.PublishedDocuments.Position;

/**
 * Where an incomplete list stopped, with everything needed to go on: the repository keeps no state between
 * requests. The token carries the verb and the list's arguments (metadata prefix, set, and the window of change
 * times, whose open end was fixed at the first request so that the list does not grow while it is harvested), the
 * last document given (its change time to the microsecond and its id: the list goes on after it by key), how many
 * were given before this page and how long the whole list is. Encoded as URL-safe Base64 of text fields.
 */
record ResumptionToken(OaiArguments.Verb verb, String metadataPrefix, String set, Instant from, Instant until,
                       Position after, long cursor, long completeListSize) {

    private static final String VERSION = "1";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    String encode() {
        String text = String.join("|", VERSION, verb.name(), metadataPrefix, set == null ? "" : set, micros(from),
                micros(until), micros(after.changedAt()), after.id(), Long.toString(cursor), Long.toString(completeListSize));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a token given back by a harvester, for the verb of its request. */
    static ResumptionToken decode(String token, OaiArguments.Verb verb) {
        try {
            String[] f = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", -1);
            if (f.length != 10 || !f[0].equals(VERSION) || !f[1].equals(verb.name()) || !ID.matcher(f[7]).matches()
                    || (!f[3].isEmpty() && !ID.matcher(f[3]).matches())) {
                throw bad(token);
            }
            ResumptionToken t = new ResumptionToken(verb, f[2], f[3].isEmpty() ? null : f[3], instant(f[4]), instant(f[5]),
                    new Position(instant(f[6]), f[7]), Long.parseLong(f[8]), Long.parseLong(f[9]));
            if (t.after.changedAt() == null || t.cursor < 0 || t.completeListSize < t.cursor) {
                throw bad(token);
            }
            return t;
        } catch (IllegalArgumentException e) {
            throw bad(token);
        }
    }

    private static OaiError bad(String token) {
        return new OaiError(OaiError.Code.badResumptionToken, "The resumptionToken \"" + token
                + "\" is not one this repository gave for this verb");
    }

    private static String micros(Instant t) {
        return t == null ? "" : Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, t));
    }

    private static Instant instant(String micros) {
        return micros.isEmpty() ? null : Instant.EPOCH.plus(Long.parseLong(micros), ChronoUnit.MICROS);
    }
}
