package org.cablearchive.ingest.plaintext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Damages a good text the ways copying does: lines dropped, doubled, swapped, joined, re-ended, re-spaced. */
final class Mutator {

    private Mutator() {
    }

    static String mutate(String text, long seed) {
        Random r = new Random(seed);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r\n|\r|\n", -1)));
        int edits = 1 + r.nextInt(4);
        for (int e = 0; e < edits && !lines.isEmpty(); e++) {
            int i = r.nextInt(lines.size());
            switch (r.nextInt(9)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, lines.get(i));
                case 2 -> lines.add(i, "");
                case 3 -> lines.set(i, "  " + lines.get(i));
                case 4 -> lines.set(i, lines.get(i).toUpperCase());
                case 5 -> lines.add(i, "[Page " + r.nextInt(2000) + "]");
                case 6 -> {
                    int j = r.nextInt(lines.size());
                    String t = lines.get(i);
                    lines.set(i, lines.get(j));
                    lines.set(j, t);
                }
                case 7 -> {
                    if (i + 1 < lines.size()) {
                        lines.set(i, lines.get(i) + " " + lines.remove(i + 1));
                    }
                }
                default -> lines.set(i, lines.get(i).replace(' ', r.nextBoolean() ? '\t' : '\u00A0'));
            }
        }
        String end = new String[] {"\n", "\r\n", "\r"}[r.nextInt(3)];
        return String.join(end, lines);
    }
}
