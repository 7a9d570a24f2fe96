package org.cablearchive.records.tei;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.cablearchive.records.tei.SecureXmlFactory;

/**
 * Compares two XML files as canonical XML, streaming both side by side: the same elements (namespace URI and
 * local name), the same attributes with the same values (in any order; namespace declarations and prefixes
 * aside), the same text in the same order. White space is insignificant: a run of it counts as one space, and
 * text of white space alone (between elements) as none. Comments and processing instructions are left aside, as
 * canonical XML without comments does.
 *
 * <p>Memory does not grow with the files: one event of each is held, and the path to it.
 */
public final class CanonicalTei {

    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    /** Where two files part: the path of the element ({@code /TEI/text/body/div[@xml:id='ch1']/p[2]}) and both sides. */
    public record Difference(String path, String expected, String actual) {
        @Override
        public String toString() {
            return path + "\n    expected: " + expected + "\n    actual:   " + actual;
        }
    }

    private CanonicalTei() {
    }

    /**
     * The differences, at most {@code max}: the comparison goes on past a difference of attributes or text (the
     * files still have the same shape), and stops at the first difference of structure.
     *
     * @throws IllegalArgumentException when either file is not well-formed XML
     */
    public static List<Difference> differences(InputStream expected, InputStream actual, int max) {
        List<Difference> found = new ArrayList<>();
        try {
            Side a = new Side(SecureXmlFactory.input(SecureXmlFactory.Text.WHOLE).createXMLStreamReader(expected));
            Side b = new Side(SecureXmlFactory.input(SecureXmlFactory.Text.WHOLE).createXMLStreamReader(actual));
            while (found.size() < max) {
                String where = a.path();
                Token x = a.next();
                Token y = b.next();
                if (x == null && y == null) {
                    break;
                }
                if (Objects.equals(x, y)) {
                    continue;
                }
                String path = x != null && x.kind == Kind.START ? a.path() : where;
                found.add(new Difference(path, describe(x), describe(y)));
                boolean sameShape = x != null && y != null && x.kind == y.kind && Objects.equals(x.name, y.name);
                if (!sameShape) {
                    break;
                }
            }
            a.close();
            b.close();
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("Not well-formed XML: " + e.getMessage(), e);
        }
        return found;
    }

    private static String describe(Token t) {
        if (t == null) {
            return "(the end of the file)";
        }
        return switch (t.kind) {
            case START -> "<" + t.name + t.attributes.entrySet().stream().map(e -> " " + e.getKey() + "=\"" + e.getValue() + "\"")
                    .reduce("", String::concat) + ">";
            case END -> "</" + t.name + ">";
            case TEXT -> "text \"" + (t.text.length() > 200 ? t.text.substring(0, 199) + "…" : t.text) + "\"";
        };
    }

    private enum Kind { START, END, TEXT }

    /** A canonical event; {@code local} and {@code id} only name a start in paths, they are not compared. */
    private record Token(Kind kind, String name, Map<String, String> attributes, String text, String local, String id) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Token t && kind == t.kind && Objects.equals(name, t.name)
                    && Objects.equals(attributes, t.attributes) && Objects.equals(text, t.text);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, name, attributes, text);
        }
    }

    /** One file read as canonical tokens, keeping the path to where it is. */
    private static final class Side {
        private final XMLStreamReader r;
        private final Deque<String> path = new ArrayDeque<>();
        private final Deque<Map<String, Integer>> siblings = new ArrayDeque<>();
        private Token pending;

        Side(XMLStreamReader r) {
            this.r = r;
            siblings.push(new HashMap<>());
        }

        Token next() throws XMLStreamException {
            Token t = pending;
            pending = null;
            if (t == null) {
                t = read(); // may leave the event after a text waiting
            }
            if (t != null && t.kind == Kind.START) {
                int n = siblings.peek().merge(t.local, 1, Integer::sum);
                path.addLast(t.local + (t.id != null ? "[@xml:id='" + t.id + "']" : "[" + n + "]"));
                siblings.push(new HashMap<>());
            } else if (t != null && t.kind == Kind.END) {
                leave();
            }
            return t;
        }

        private Token read() throws XMLStreamException {
            StringBuilder text = new StringBuilder();
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            text.append(r.getText());
                    case XMLStreamConstants.START_ELEMENT -> {
                        return textOr(text, start());
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        return textOr(text, new Token(Kind.END, name(r.getNamespaceURI(), r.getLocalName()), Map.of(),
                                null, null, null));
                    }
                    default -> {
                        // comments, processing instructions, the prolog: not part of the canonical form compared
                    }
                }
            }
            return textOr(text, null);
        }

        /** The text gathered before {@code then}, if it is more than white space (then {@code then} waits). */
        private Token textOr(StringBuilder text, Token then) {
            String normal = text.toString().replaceAll("\\s+", " ");
            if (normal.isBlank()) {
                return then;
            }
            pending = then;
            return new Token(Kind.TEXT, null, Map.of(), normal, null, null);
        }

        private Token start() {
            String name = name(r.getNamespaceURI(), r.getLocalName());
            Map<String, String> attributes = new TreeMap<>();
            String id = null;
            for (int i = 0; i < r.getAttributeCount(); i++) {
                String ns = r.getAttributeNamespace(i);
                String local = r.getAttributeLocalName(i);
                attributes.put(XML_NS.equals(ns) ? "xml:" + local : name(ns, local), r.getAttributeValue(i));
                if (XML_NS.equals(ns) && local.equals("id")) {
                    id = r.getAttributeValue(i);
                }
            }
            return new Token(Kind.START, name, attributes, null, r.getLocalName(), id);
        }

        private void leave() {
            path.pollLast();
            siblings.pop();
        }

        String path() {
            return "/" + String.join("/", path);
        }

        void close() throws XMLStreamException {
            r.close();
        }

        private static String name(String ns, String local) {
            return ns == null || ns.isEmpty() ? local : "{" + ns + "}" + local;
        }
    }
}
