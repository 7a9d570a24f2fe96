package org.cablearchive.records;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stored body's string as tokens that keep their places: start and end tags with their local names and attributes,
 * text decoded with where each of its characters stands, which a cut in the stored string needs ({@link Withholding}).
 * The body is TEI written by this archive (no DTD).
 */
final class BodyTokens {

    /** A start tag, an end tag, an empty element, text (CDATA too), or a comment or processing instruction. */
    enum Kind { START, END, EMPTY, TEXT, OTHER }

    /** One token and its place in the stored string ({@code start} to {@code end}). */
    static final class Token {
        Kind kind;
        int start;
        int end;
        String name = "";
        Map<String, String> attributes = Map.of();
        String text = "";
        /** For text: where each decoded character begins in the stored string, and one past the last. */
        int[] offsets;
    }

    private BodyTokens() {
    }

    /** The tokens of {@code xml}, in order, from its first character to its last. */
    static List<Token> read(String xml) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < xml.length()) {
            Token t = new Token();
            t.start = i;
            if (xml.charAt(i) == '<') {
                if (xml.startsWith("<!--", i)) {
                    t.kind = Kind.OTHER;
                    i = xml.indexOf("-->", i) + 3;
                } else if (xml.startsWith("<![CDATA[", i)) {
                    int close = xml.indexOf("]]>", i);
                    t.kind = Kind.TEXT;
                    t.text = xml.substring(i + 9, close);
                    t.offsets = new int[t.text.length() + 1];
                    for (int k = 0; k <= t.text.length(); k++) {
                        t.offsets[k] = i + 9 + k;
                    }
                    t.offsets[t.text.length()] = close + 3;
                    i = close + 3;
                } else if (xml.startsWith("<?", i)) {
                    t.kind = Kind.OTHER;
                    i = xml.indexOf("?>", i) + 2;
                } else {
                    i = tag(xml, i, t);
                }
            } else {
                i = text(xml, i, t);
            }
            t.end = i;
            tokens.add(t);
        }
        return tokens;
    }

    private static int tag(String xml, int i, Token t) {
        int close = i + 1;
        char quote = 0;
        while (close < xml.length() && (quote != 0 || xml.charAt(close) != '>')) {
            char c = xml.charAt(close);
            if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
            close++;
        }
        String inner = xml.substring(i + 1, close);
        if (inner.startsWith("/")) {
            t.kind = Kind.END;
            t.name = localName(inner.substring(1).strip());
        } else {
            t.kind = inner.endsWith("/") ? Kind.EMPTY : Kind.START;
            String body = t.kind == Kind.EMPTY ? inner.substring(0, inner.length() - 1) : inner;
            int nameEnd = 0;
            while (nameEnd < body.length() && !Character.isWhitespace(body.charAt(nameEnd))) {
                nameEnd++;
            }
            t.name = localName(body.substring(0, nameEnd));
            t.attributes = attributes(body.substring(nameEnd));
        }
        return close + 1;
    }

    private static String localName(String qualified) {
        int colon = qualified.indexOf(':');
        return colon < 0 ? qualified : qualified.substring(colon + 1);
    }

    private static Map<String, String> attributes(String s) {
        Map<String, String> attributes = new HashMap<>();
        int i = 0;
        while (i < s.length()) {
            int eq = s.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String name = s.substring(i, eq).strip();
            int q = eq + 1;
            while (q < s.length() && s.charAt(q) != '"' && s.charAt(q) != '\'') {
                q++;
            }
            if (q >= s.length()) {
                break;
            }
            int qEnd = s.indexOf(s.charAt(q), q + 1);
            attributes.put(name, s.substring(q + 1, qEnd));
            i = qEnd + 1;
        }
        return attributes;
    }

    private static int text(String xml, int i, Token t) {
        t.kind = Kind.TEXT;
        StringBuilder text = new StringBuilder();
        List<Integer> offsets = new ArrayList<>();
        while (i < xml.length() && xml.charAt(i) != '<') {
            offsets.add(i);
            if (xml.charAt(i) == '&') {
                int semi = xml.indexOf(';', i);
                text.append(unescape(xml.substring(i, semi + 1)));
                while (offsets.size() < text.length()) {
                    offsets.add(i); // an entity for a character beyond the BMP decodes to two chars
                }
                i = semi + 1;
            } else {
                text.append(xml.charAt(i));
                i++;
            }
        }
        offsets.add(i);
        t.text = text.toString();
        t.offsets = offsets.stream().mapToInt(Integer::intValue).toArray();
        return i;
    }

    /** The five entities of XML and character references. */
    private static String unescape(String entity) {
        return switch (entity) {
            case "&amp;" -> "&";
            case "&lt;" -> "<";
            case "&gt;" -> ">";
            case "&quot;" -> "\"";
            case "&apos;" -> "'";
            default -> {
                String code = entity.substring(2, entity.length() - 1);
                int c = code.startsWith("x") || code.startsWith("X") ? Integer.parseInt(code.substring(1), 16) : Integer.parseInt(code);
                yield Character.toString(c);
            }
        };
    }
}
