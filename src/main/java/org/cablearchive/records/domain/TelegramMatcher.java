package org.cablearchive.records.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.cablearchive.records.ReferenceKind;

/**
 * Decides which telegram a telegram reference ("Embtel 634, October 15") names. Telegram numbers restart every
 * year and run separately for each post and each direction, so a reference is tied to a telegram only when
 * exactly one telegram fits all that is known: the number, the printed date (or, when none is printed, the year
 * up to the citing document's date), and the direction the shorthand gives: a Deptel or circular comes from the
 * Department, an Embtel, Contel or Legtel from a post (the citing post itself when a post cites it), mytel from
 * the citing sender's side, urtel from the other side; reftel says nothing of direction. When several fit, the one
 * in the citing document's own volume is taken if it is the only one there. A guess among several would mislead
 * a researcher more than an unresolved label.
 */
final class TelegramMatcher {

    private TelegramMatcher() {
    }

    /** A telegram that may be named: its document, number, days, dateline place and sender. */
    record Telegram(String id, String number, LocalDate earliest, LocalDate latest, String place, String sender,
                    String volume) {

        Telegram(String id, String number, LocalDate earliest, LocalDate latest, String place, String sender) {
            this(id, number, earliest, latest, place, sender, null);
        }

        /** From a row of id, earliest, latest, place, sender, number, volume (DocumentRepository#telegramsNumbered). */
        static Telegram of(Object[] row) {
            return new Telegram((String) row[0], (String) row[5], (LocalDate) row[1], (LocalDate) row[2], (String) row[3],
                    (String) row[4], row.length > 6 ? (String) row[6] : null);
        }

        boolean fromDepartment() {
            return TelegramMatcher.fromDepartment(place, sender);
        }
    }

    /** The telegrams grouped by number. */
    static Map<String, List<Telegram>> byNumber(Collection<Telegram> telegrams) {
        Map<String, List<Telegram>> map = new HashMap<>();
        for (Telegram t : telegrams) {
            map.computeIfAbsent(t.number(), k -> new ArrayList<>()).add(t);
        }
        return map;
    }

    /** The document that cites: its id, latest day (null when undated), place and sender. */
    record Citing(String id, LocalDate latest, String place, String sender, String volume) {

        Citing(String id, LocalDate latest, String place, String sender) {
            this(id, latest, place, sender, null);
        }

        boolean fromDepartment() {
            return TelegramMatcher.fromDepartment(place, sender);
        }
    }

    /** The id of the one telegram the reference names, or null when none or several fit. */
    static String match(ReferenceKind kind, String number, LocalDate date, Citing citing, Collection<Telegram> numbered) {
        if (number == null || !kind.isTelegram()) {
            return null;
        }
        LocalDate from;
        LocalDate to;
        if (date != null) {
            from = date;
            to = date;
        } else if (citing.latest() != null) {
            from = citing.latest().minusYears(1);
            to = citing.latest();
        } else {
            return null;
        }
        List<Telegram> fits = new ArrayList<>(2);
        for (Telegram t : numbered) {
            if (t.earliest() != null && !t.id().equals(citing.id()) && !t.earliest().isAfter(to) && !t.latest().isBefore(from)
                    && directionFits(kind, citing, t)) {
                fits.add(t);
            }
        }
        if (fits.size() > 1 && citing.volume() != null) {
            // The same telegram printed in several volumes, or two posts' telegrams alike: the one printed in the
            // citing document's own volume is the one its editors meant.
            fits.removeIf(t -> !citing.volume().equals(t.volume()));
        }
        return fits.size() == 1 ? fits.get(0).id() : null;
    }

    private static boolean directionFits(ReferenceKind kind, Citing citing, Telegram t) {
        return switch (kind) {
            case DEPTEL, CIRTEL, DEPCIRTEL -> t.fromDepartment();
            case EMBTEL, CONTEL, LEGTEL -> !t.fromDepartment() && (citing.fromDepartment() || samePlace(citing.place(), t.place()));
            case MYTEL -> citing.fromDepartment() ? t.fromDepartment() : samePlace(citing.place(), t.place());
            case URTEL -> citing.fromDepartment() != t.fromDepartment();
            default -> true;
        };
    }

    /** Unknown places do not rule a telegram out; known ones must agree ("Moscow" and "Moscow, USSR" do). */
    private static boolean samePlace(String a, String b) {
        if (a == null || b == null || a.isBlank() || b.isBlank()) {
            return true;
        }
        return city(a).equals(city(b));
    }

    /** The place up to its first comma, in lower case: "Moscow, USSR" gives "moscow". */
    private static String city(String place) {
        int comma = place.indexOf(',');
        return (comma < 0 ? place : place.substring(0, comma)).strip().toLowerCase(Locale.ROOT);
    }

    /** Datelined in Washington, or sent by the Secretary (or Acting, Under Secretary) of State or the Department. */
    static boolean fromDepartment(String place, String sender) {
        if (place != null && place.strip().toLowerCase(Locale.ROOT).startsWith("washington")) {
            return true;
        }
        if (sender == null) {
            return false;
        }
        String s = sender.toLowerCase(Locale.ROOT);
        return s.contains("secretary of state") || s.contains("department of state");
    }
}
