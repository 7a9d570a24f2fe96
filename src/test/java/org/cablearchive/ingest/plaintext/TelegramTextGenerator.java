package org.cablearchive.ingest.plaintext;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes random texts with the shape of FRUS telegrams, and the mess real copies bring: random head lines in
 * random case and spacing, paragraphs of random words with digits, references, brackets and glued marks, page
 * markers anywhere, footnote lines, junk lines, CRLF or CR line ends, tabs, trailing spaces, odd Unicode.
 */
final class TelegramTextGenerator {

    private static final String[] SOURCE_NOTES = {"611.61/10–1551: Telegram", "795.00/6-2551: Telegram",
        "800.00/1–2552: Circular telegram", "611.93231/2–2351: Circular airgram", "893B.24222/10–2751:Airgram",
        "S/P Files: Lot 64 D 563", "611.61/5–351", "Source: National Archives, RG 59, Central Files 1967–69, POL 27 VIET S. "
        + "Secret; Immediate; Nodis.", "[Source: National Archives, RG 59, DEF 7 JAPAN–US. Top Secret; Nodis. 6 pages of "
        + "source text not declassified.]", "110.15 RU/5–2151: Telegram", "794A.5/1–351"};
    private static final String[] TITLES = {"The Charge in the Soviet Union (Cumming) to the Secretary of State",
        "The Secretary of State to the Embassy in the United Kingdom", "Memorandum of Conversation, by the Secretary of State",
        "The Acting Secretary of State to Certain Diplomatic Offices", "55. Telegram From the Department of State to the "
        + "Embassy in France", "Memorandum by the Director of the Policy Planning Staff (Nitze) to the Secretary of State",
        "Editorial Note", "The Ambassador in Korea (Muccio) to the", "President Truman to Prime Minister Attlee"};
    private static final String[] MARKINGS = {"top secret", "SECRET", "Confidential", "priority", "NIACT", "niact immediate",
        "Nodis", "EYES ONLY", "air pouch", "official–informal", "Secret; Priority; Nodis.", "restricted", "routine",
        "flash", "noforn", "personal and confidential", "plain", "limited official use", "gobbledygook", "secret xyzzy"};
    private static final String[] DATELINES = {"Moscow, October 16, 1951—3 p. m.", "[Washington,] May 3, 1951.",
        "Tokyo, January 23, 1968, 1100Z.", "Washington, undated.", "Hong Kong, August 15, 1951—4 p. m.",
        "[Manila,] May 4, 1951.*", "Paris, 31 May 1951.", "Moscow, February 30, 1951—3 p. m."};
    private static final String[] WORDS = {"the", "of", "Sov", "Govt", "Amb", "Kirk", "statement", "USSR", "Union.1",
        "Govt.*", "question†", "Embtel", "Deptel", "urtel", "reftel", "Embtels", "3258", "May", "17", "and", "October",
        "15,", "1951.", "639.", "1.", "2.", "(a)", "[of]", "[Page", "1045]", "[1", "line", "not", "declassified]", "[",
        "]", "[]", "[[x]]", "Ref:", "Algiers", "1410", "p.", "m.", "—", "“unpleasantnesses”", "Kirk’s", "38th",
        "1.5", "611.61/10–1551", "Sent", "Dept", "pass", "London,", "Paris", "Acheson", "*", "†", "‡", "§", "12",
        "café", "Ωmega", "😀", "\u00A0", "\t", "a\u200Bb", "x\u0007y", "Z", "Secret", "priority", "NODIS", "[Received",
        "October", "16—1:23", "p. m.]", "[Here follows text.]", "Depcirtel", "mytel", "Contel", "Legtel", "Cirtel"};

    private final Random r;

    TelegramTextGenerator(long seed) {
        this.r = new Random(seed);
    }

    String next() {
        List<String> lines = new ArrayList<>();
        maybe(0.7, () -> block(lines, pick(SOURCE_NOTES)));
        maybe(0.7, () -> block(lines, pick(TITLES) + (r.nextInt(8) == 0 ? "1" : "")));
        maybe(0.2, () -> lines.add("[Page " + (100 + r.nextInt(900)) + "]"));
        int opener = r.nextInt(4);
        for (int i = 0; i < opener; i++) {
            lines.add(r.nextBoolean() ? pick(DATELINES) : markings());
        }
        lines.add("");
        int paragraphs = 1 + r.nextInt(7);
        for (int p = 0; p < paragraphs; p++) {
            paragraph(lines, p == 0);
            lines.add("");
            maybe(0.25, () -> block(lines, "[Page " + (1000 + r.nextInt(20)) + "]"));
            maybe(0.1, () -> block(lines, junk()));
        }
        maybe(0.4, () -> block(lines, pick(new String[] {"Dept pass London, Paris (its discretion).",
            "Sent Dept 613, rptd info Calcutta 83.", "Repeated to Moscow 45.", "Sent Department 1234; repeated Paris 56."})));
        maybe(0.6, () -> lines.add(pick(new String[] {"Cumming", "Acheson", "Webb, Acting", "Kirk", "D[ean] A[cheson]"})));
        int footnotes = r.nextInt(4);
        for (int f = 0; f < footnotes; f++) {
            String indent = r.nextBoolean() ? "  " : "";
            String mark = pick(new String[] {(f + 1) + ".", String.valueOf(f + 1), "*", "†", "‡"});
            lines.add(indent + mark + " " + words(3 + r.nextInt(12)));
            maybe(0.3, () -> lines.add(words(4)));
        }
        maybe(0.15, () -> lines.add(r.nextInt(lines.size() + 1), junk()));
        return join(lines);
    }

    private void paragraph(List<String> lines, boolean first) {
        int count = 1 + r.nextInt(4);
        for (int l = 0; l < count; l++) {
            String prefix = first && l == 0 && r.nextBoolean() ? (1 + r.nextInt(9999)) + ". " : "";
            lines.add(prefix + words(1 + r.nextInt(18)));
        }
    }

    private String markings() {
        int n = 1 + r.nextInt(3);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(pick(new String[] {" ", "  ", "\u2003", "; ", "\t"}));
            }
            String m = pick(MARKINGS);
            sb.append(r.nextBoolean() ? m : m.toUpperCase());
        }
        return sb.toString();
    }

    private String words(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(r.nextInt(10) == 0 ? "  " : " ");
            }
            sb.append(r.nextInt(6) == 0 ? String.valueOf(r.nextInt(100000)) : pick(WORDS));
        }
        return sb.toString();
    }

    private String junk() {
        String pool = "abcXYZ019[]().,;:*†—–-\"“”'’ \t\u00A0\u2003\u0001\u0007\u001B\u007F\u0085\u2028é中😀\\/<>&";
        int n = 1 + r.nextInt(60);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < n) {
            int i = r.nextInt(pool.length());
            char c = pool.charAt(i);
            if (Character.isHighSurrogate(c)) {
                sb.append(c).append(pool.charAt(i + 1));
            } else if (!Character.isLowSurrogate(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private void block(List<String> lines, String line) {
        lines.add(line);
        if (r.nextInt(3) > 0) {
            lines.add("");
        }
    }

    private String join(List<String> lines) {
        String end = pick(new String[] {"\n", "\n", "\r\n", "\r"});
        StringBuilder sb = new StringBuilder(r.nextInt(10) == 0 ? "\uFEFF" : "");
        for (String line : lines) {
            sb.append(line);
            if (r.nextInt(5) == 0) {
                sb.append(pick(new String[] {" ", "  ", "\t", "\u00A0"}));
            }
            sb.append(r.nextInt(20) == 0 ? "\r\n" : end);
        }
        return sb.toString();
    }

    private void maybe(double p, Runnable action) {
        if (r.nextDouble() < p) {
            action.run();
        }
    }

    private String pick(String[] options) {
        return options[r.nextInt(options.length)];
    }
}
