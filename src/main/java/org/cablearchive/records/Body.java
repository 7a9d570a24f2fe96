package org.cablearchive.records;

import static org.cablearchive.records.tei.TeiNames.BODY;
import static org.cablearchive.records.tei.TeiNames.CELL;
import static org.cablearchive.records.tei.TeiNames.CLOSER;
import static org.cablearchive.records.tei.TeiNames.DATELINE;
import static org.cablearchive.records.tei.TeiNames.GAP;
import static org.cablearchive.records.tei.TeiNames.HEAD;
import static org.cablearchive.records.tei.TeiNames.ITEM;
import static org.cablearchive.records.tei.TeiNames.LABEL;
import static org.cablearchive.records.tei.TeiNames.LB;
import static org.cablearchive.records.tei.TeiNames.N;
import static org.cablearchive.records.tei.TeiNames.NOTE;
import static org.cablearchive.records.tei.TeiNames.OPENER;
import static org.cablearchive.records.tei.TeiNames.P;
import static org.cablearchive.records.tei.TeiNames.PB;
import static org.cablearchive.records.tei.TeiNames.POSTSCRIPT;
import static org.cablearchive.records.tei.TeiNames.ROW;
import static org.cablearchive.records.tei.TeiNames.SALUTE;
import static org.cablearchive.records.tei.TeiNames.SIGNED;
import static org.cablearchive.records.tei.TeiNames.SUPPLIED;
import static org.cablearchive.records.tei.TeiNames.TRAILER;
import static org.cablearchive.records.tei.TeiNames.XML_ID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.cablearchive.records.tei.SecureXmlFactory;

/**
 * The text of a document, kept as a small subset of TEI, the encoding FRUS itself is published in, so that an
 * imported volume loses nothing and an exported one is FRUS TEI again.
 *
 * <pre>{@code
 * <body>
 *   <p>639. Re <ref corresp="#xr1">Embtel 634, October 15</ref>. Following translation…</p>
 *   <pb n="1043"/>                                  a page begins between paragraphs
 *   <p>…by empty argument relative <pb n="1045"/>for example…      or in mid-sentence
 *      …between USA and Sov Union.<note n="1" xml:id="fn1"/>      footnote anchor; its text is a Footnote
 *      …text to <supplied>of</supplied> this statement…         editor's insertion, printed [of]
 *      <gap reason="notDeclassified"><desc>1 paragraph (5 lines) not declassified</desc></gap>
 *      <hi rend="italic">…</hi> <q>…</q> <persName corresp="#p_X">…</persName> <gloss target="#t_X">…</gloss> <lb/>
 *   </p>
 *   <list><item>…</item></list>
 * </body>
 * }</pre>
 *
 * Elements outside this list are kept as they are and shown as their text.
 */
public final class Body {

    public static final Body EMPTY = new Body("<body/>");

    private static final XMLInputFactory XML = SecureXmlFactory.input(SecureXmlFactory.Text.WHOLE);
    private static final Pattern PAGE_MARKER = Pattern.compile("\\[Page [^\\]]*\\]");

    private final String xml;
    /** The footnote anchors, found once when the body is first read (checking a document needs them). */
    private List<String> anchors;

    private Body(String xml) {
        this.xml = xml;
    }

    /** Wraps stored TEI; fails with a readable message when it is not well-formed or not a {@code <body>}. */
    @JsonCreator
    public static Body of(String xml) {
        if (xml == null || xml.isBlank()) {
            return EMPTY;
        }
        Body body = new Body(xml);
        body.anchors = body.collectFootnoteAnchors(); // reading it once also proves it well-formed
        return body;
    }

    /** Wraps TEI that was checked when it was saved, without reading it now (reading waits until it is needed). */
    public static Body stored(String xml) {
        return xml == null || xml.isBlank() ? EMPTY : new Body(xml);
    }

    /**
     * The plain text of stored TEI ({@link #plainText()}) in one reading, for a body checked when it was saved
     * (indexing reads every body: reading it once instead of twice matters there).
     */
    public static String plainTextOf(String xml) {
        return xml == null || xml.isBlank() ? "" : new Body(xml).plainText();
    }

    public static BodyBuilder builder() {
        return new BodyBuilder();
    }

    @JsonValue
    public String xml() {
        return xml;
    }

    /** Receives the body's structure in document order. */
    public interface Visitor {
        default void start(String element, Map<String, String> attributes) { }

        default void end(String element) { }

        default void text(String text) { }
    }

    /** Walks the body's elements and text in document order (the {@code <body>} root itself is skipped). */
    public void walk(Visitor visitor) {
        try {
            XMLStreamReader r = XML.createXMLStreamReader(new StringReader(xml));
            try {
                int depth = 0;
                while (r.hasNext()) {
                    int event = r.next();
                    switch (event) {
                        case XMLStreamConstants.START_ELEMENT -> {
                            if (depth == 0 && !BODY.equals(r.getLocalName())) {
                                throw new IllegalArgumentException("The body must be a <body> element, not <" + r.getLocalName() + ">");
                            }
                            if (depth > 0) {
                                visitor.start(r.getLocalName(), attributes(r));
                            }
                            depth++;
                        }
                        case XMLStreamConstants.END_ELEMENT -> {
                            depth--;
                            if (depth > 0) {
                                visitor.end(r.getLocalName());
                            }
                        }
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                            if (depth > 0) {
                                visitor.text(r.getText());
                            }
                        }
                        default -> { }
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("The body is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> attributes(XMLStreamReader r) {
        Map<String, String> attrs = new HashMap<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String prefix = r.getAttributePrefix(i);
            String name = prefix == null || prefix.isEmpty() ? r.getAttributeLocalName(i) : prefix + ":" + r.getAttributeLocalName(i);
            attrs.put(name, r.getAttributeValue(i));
        }
        return attrs;
    }

    /** The printed page numbers that begin inside this body, in order. */
    public List<String> pageBreaks() {
        List<String> pages = new ArrayList<>();
        walk(new Visitor() {
            @Override
            public void start(String element, Map<String, String> attributes) {
                if (element.equals(PB)) {
                    pages.add(attributes.getOrDefault(N, ""));
                }
            }
        });
        return pages;
    }

    /** The keys ({@code xml:id}) of the footnote anchors, in order. */
    public List<String> footnoteAnchors() {
        return anchors == null ? collectFootnoteAnchors() : anchors;
    }

    private List<String> collectFootnoteAnchors() {
        return idsOf(NOTE);
    }

    /** The {@code xml:id}s of the elements of this name, in order. */
    private List<String> idsOf(String name) {
        List<String> keys = new ArrayList<>();
        walk(new Visitor() {
            @Override
            public void start(String element, Map<String, String> attributes) {
                if (element.equals(name) && attributes.containsKey(XML_ID)) {
                    keys.add(attributes.get(XML_ID));
                }
            }
        });
        return List.copyOf(keys);
    }

    public int paragraphCount() {
        int[] count = {0};
        walk(new Visitor() {
            @Override
            public void start(String element, Map<String, String> attributes) {
                if (element.equals(P)) {
                    count[0]++;
                }
            }
        });
        return count[0];
    }

    /** True when the body holds no words (page breaks alone do not count). */
    public boolean isBlank() {
        return PAGE_MARKER.matcher(plainText()).replaceAll("").isBlank();
    }

    /**
     * The body in the plain-text form printed telegrams circulate in: paragraphs separated by a blank line, a
     * page break between paragraphs as a {@code [Page N]} line of its own, one inside a paragraph as
     * {@code [Page N]} between spaces at its place, footnote marks glued to the word before them, insertions in
     * brackets.
     */
    public String plainText() {
        PlainText text = new PlainText(true);
        walk(text);
        return text.result();
    }

    /**
     * The words of the body as they are read and searched: the plain text without footnote marks (which would
     * glue a "2" to "1951") and without page markers (which would break a phrase in two).
     */
    public String readingText() {
        PlainText text = new PlainText(false);
        walk(text);
        return text.result();
    }

    /** The reading text ({@link #readingText()}) of stored TEI. */
    public static String readingTextOf(String xml) {
        return xml == null || xml.isBlank() ? "" : new Body(xml).readingText();
    }

    /**
     * True for the parts of a document's TEI that its metadata fields carry, so that the plain text does not
     * repeat them: the document's own head (its title), opener (dateline and markings) and closer (signature),
     * and notes without an id (the inline source note of older volumes).
     */
    public static boolean isMetadata(String element, Map<String, String> attributes, int depth) {
        if (element.equals(NOTE) && !attributes.containsKey(XML_ID)) {
            return true;
        }
        return depth == 1 && (element.equals(HEAD) || element.equals(OPENER) || element.equals(CLOSER));
    }

    private static final class PlainText implements Visitor {
        private final boolean marks;
        private final List<String> blocks = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private int blockDepth;
        private int skipDepth;
        private int depth;

        PlainText(boolean marks) {
            this.marks = marks;
        }

        @Override
        public void start(String element, Map<String, String> attributes) {
            depth++;
            if (skipDepth > 0 || isMetadata(element, attributes, depth)) {
                skipDepth++;
                return;
            }
            switch (element) {
                case P, ITEM, HEAD, LABEL, ROW, OPENER, CLOSER, DATELINE, SALUTE, SIGNED, POSTSCRIPT, TRAILER -> {
                    if (blockDepth == 0 || element.equals(ITEM) || element.equals(ROW)) {
                        flush();
                    }
                    blockDepth++;
                }
                case PB -> {
                    String marker = "[Page " + attributes.getOrDefault(N, "") + "]";
                    if (!marks) {
                        spaceBefore();
                    } else if (blockDepth == 0) {
                        flush();
                        blocks.add(marker);
                    } else {
                        spaceBefore();
                        current.append(marker).append(' ');
                    }
                }
                case NOTE -> current.append(marks ? attributes.getOrDefault(N, "") : "");
                case SUPPLIED -> current.append('[');
                case GAP -> current.append('[');
                case LB -> current.append('\n');
                case CELL -> spaceBefore();
                default -> { }
            }
        }

        @Override
        public void end(String element) {
            depth--;
            if (skipDepth > 0) {
                skipDepth--;
                return;
            }
            switch (element) {
                case P, ITEM, HEAD, LABEL, ROW, OPENER, CLOSER, DATELINE, SALUTE, SIGNED, POSTSCRIPT, TRAILER -> {
                    blockDepth--;
                    if (blockDepth == 0 || element.equals(ITEM) || element.equals(ROW)) {
                        flush();
                    }
                }
                case SUPPLIED, GAP -> current.append(']');
                default -> { }
            }
        }

        @Override
        public void text(String text) {
            if (skipDepth > 0) {
                return;
            }
            // XML white space collapses to one space, and none at the start of a block or after a space
            boolean space = current.isEmpty() || endsWithWhitespace();
            for (int i = 0, n = text.length(); i < n; i++) {
                char c = text.charAt(i);
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                    if (!space) {
                        current.append(' ');
                        space = true;
                    }
                } else {
                    current.append(c);
                    space = false;
                }
            }
        }

        private boolean endsWithWhitespace() {
            char c = current.charAt(current.length() - 1);
            return c == ' ' || c == '\n';
        }

        private void spaceBefore() {
            if (!current.isEmpty() && !endsWithWhitespace()) {
                current.append(' ');
            }
        }

        private void flush() {
            // spaces before a line break go
            int w = 0;
            for (int i = 0, n = current.length(); i < n; i++) {
                char c = current.charAt(i);
                if (c == '\n') {
                    while (w > 0 && current.charAt(w - 1) == ' ') {
                        w--;
                    }
                }
                current.setCharAt(w++, c);
            }
            current.setLength(w);
            String block = current.toString().strip();
            if (!block.isEmpty()) {
                blocks.add(block);
            }
            current.setLength(0);
        }

        String result() {
            flush();
            return String.join("\n\n", blocks);
        }
    }

    // ----------------------------------------------------------------------------------------------------------
    // Withheld passages (redaction): the stored body keeps only the FRUS marker in their place.

    /** A passage withheld: the body with the FRUS marker in its place, and what was taken out (plain text and TEI). */
    public record Withheld(Body body, String text, String tei) { }

    /**
     * Takes the one place where {@code passage} (as the plain text reads) stands out of the body and puts
     * {@code <gap reason="notDeclassified" xml:id="key"><desc>description</desc></gap>} there, which reads
     * "[description]" like every FRUS "not declassified" gap.
     *
     * @throws InvalidDocumentException when the passage is not in the text, stands in more than one place, or cannot be
     *                                  cut out whole (across paragraphs, page breaks, footnote marks, cross-references)
     */
    public Withheld withhold(String passage, String key, String description) {
        Withholding.Cut cut = Withholding.withhold(xml, passage, key, description);
        return new Withheld(Body.of(cut.xml()), cut.text(), cut.tei());
    }

    /** The body with the marker in place of every occurrence of {@code passage}, for a reader who may not read it. */
    public Body masked(String passage, String key, String description) {
        return Body.of(Withholding.mask(xml, passage, key, description));
    }

    /** The keys ({@code xml:id}) of the withheld passages marked in this body. */
    public List<String> withheldKeys() {
        return idsOf(GAP);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Body other && other.xml.equals(xml);
    }

    @Override
    public int hashCode() {
        return xml.hashCode();
    }

    @Override
    public String toString() {
        return xml;
    }
}
