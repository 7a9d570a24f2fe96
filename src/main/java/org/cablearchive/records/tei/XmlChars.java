package org.cablearchive.records.tei;

/**
 * Keeps text legal in XML 1.0. A draft read from plain text may hold a stray control character (the plain-text
 * reader tolerates a few) that no XML parser would read back, so such characters become U+FFFD instead of
 * making the whole export unreadable.
 */
public final class XmlChars {

    private XmlChars() {
    }

    public static String clean(String s) {
        int bad = firstIllegal(s);
        if (bad < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        b.append(s, 0, bad);
        for (int i = bad; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean lone = Character.isSurrogate(s.charAt(i)) && Character.charCount(cp) == 1;
            b.appendCodePoint(legal(cp) && !lone ? cp : 0xFFFD);
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    private static int firstIllegal(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!legal(cp) || (Character.isSurrogate(s.charAt(i)) && Character.charCount(cp) == 1)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    private static boolean legal(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
