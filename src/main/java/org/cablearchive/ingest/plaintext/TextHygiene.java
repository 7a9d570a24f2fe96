package org.cablearchive.ingest.plaintext;

import java.util.ArrayList;
import java.util.List;

/**
 * Refuses what is not text, and smooths what text copied from a page, a word processor or a Windows machine
 * brings along: CRLF and lone CR line ends, a byte-order mark, non-breaking and em spaces, tabs, stray control
 * characters. Only whitespace changes here, never a word: every kind of space becomes a plain space and every
 * line end a newline, so the words the reader places later are exactly the words of the input.
 */
final class TextHygiene {

    private TextHygiene() {
    }

    /** Throws {@link UnreadableTextException} when the text cannot be a document at all. */
    static void requireReadable(String text) {
        if (text == null || text.isEmpty()) {
            throw new UnreadableTextException("The text is empty. Paste or upload the document's text, "
                    + "beginning with its source note or its title, and try again.");
        }
        if (text.length() > PlainTextTelegramReader.MAX_CHARACTERS) {
            throw new UnreadableTextException(String.format("The text is too long: %,d characters, but the size limit "
                    + "for one document is %,d characters. A printed document is far shorter, so this is probably a "
                    + "whole volume or several documents: split it into one text per document and read each.",
                    text.length(), PlainTextTelegramReader.MAX_CHARACTERS));
        }
        int controls = 0;
        int visible = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                throw new UnreadableTextException("This is not plain text: it contains NUL characters, as binary files "
                        + "(PDF, Word, images, archives) do. Open the document, save or export it as plain text "
                        + "(UTF-8), and read that file instead.");
            }
            if (isSpace(c)) {
                continue;
            }
            if (Character.isISOControl(c) || c == '\uFFFD') {
                controls++;
            }
            visible++;
        }
        if (visible == 0) {
            throw new UnreadableTextException("The text is blank: it holds only spaces and empty lines. Paste or "
                    + "upload the document's text and try again.");
        }
        if (controls * 10 > visible) {
            throw new UnreadableTextException("This does not look like text: many of its characters are control "
                    + "characters or undecodable bytes, as in a binary file or a file read in the wrong encoding. "
                    + "Save the document as plain text (UTF-8) and read that file instead.");
        }
    }

    /** The text with uniform line ends and spaces, split into lines with trailing spaces removed. */
    static List<String> lines(String text, Warnings warnings) {
        StringBuilder sb = new StringBuilder(text.length());
        int replaced = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B' || c == '\u000C') {
                sb.append('\n');
            } else if (isSpace(c)) {
                sb.append(' ');
            } else if (Character.isISOControl(c)) {
                sb.append(' ');
                replaced++;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                sb.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                // XML cannot hold these, so the body could not be stored with them
                sb.append('\uFFFD');
                replaced++;
            } else {
                sb.append(c);
            }
        }
        if (replaced > 0) {
            warnings.addSerious(replaced + " control or invalid character(s) were found and replaced; check that the "
                    + "text was saved as plain text (UTF-8).");
        }
        List<String> lines = new ArrayList<>();
        for (String line : sb.toString().split("\n", -1)) {
            lines.add(line.stripTrailing());
        }
        return lines;
    }

    /** Every kind of space the reader treats as a plain space (line ends aside). */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || Character.isSpaceChar(c) || Character.isWhitespace(c)
                || c == '\uFEFF' || c == '\u200B' || c == '\u2060';
    }

    /** Collapses runs of spaces to one and trims, for fields kept as one line of text. */
    static String squeeze(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = !sb.isEmpty();
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
