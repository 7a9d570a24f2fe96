package org.cablearchive.records.tei.text;

/** Small helpers on words as printed, shared by the readers of plain text and of TEI. */
public final class Tokens {

    private Tokens() {
    }

    /** A word without the brackets, quotes and closing punctuation around it: "(Secret;" gives "Secret". */
    public static String stripPunctuation(String token) {
        int a = 0;
        int b = token.length();
        while (a < b && "([{\"'“‘".indexOf(token.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && ".:)]}\"'”’!".indexOf(token.charAt(b - 1)) >= 0) {
            b--;
        }
        return token.substring(a, b);
    }
}
