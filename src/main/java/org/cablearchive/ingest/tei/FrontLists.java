package org.cablearchive.ingest.tei;

import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.cablearchive.people.PersonDraft;
import org.cablearchive.people.TermDraft;

/**
 * Entries of the front-matter lists (TEI-NOTES §2): {@code <item><hi rend="strong"><persName xml:id="p_X">Name</persName>,
 * </hi> description</item>}, and the same with {@code term} for abbreviations.
 */
final class FrontLists {

    /** The id, the name (or abbreviation) and the text after it, or null when the item names no one. */
    record Entry(String xmlId, String name, String description) { }

    private FrontLists() {
    }

    /**
     * Reads the persons or terms div at {@code r} to its end: each list item becomes a draft for the sink; an item
     * that names no one (the prose "Note:" some volumes begin with) is reported, not guessed at.
     */
    static void read(XMLStreamReader r, boolean persons, VolumeSink sink, Consumer<String> pageBreak)
            throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            boolean tei = event == XMLStreamConstants.START_ELEMENT && El.TEI.equals(r.getNamespaceURI());
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (tei && "item".equals(r.getLocalName())) {
                El item = Subtrees.read(r, "An entry of the " + (persons ? "persons" : "terms") + " list");
                PersonDraft person = persons ? person(item) : null;
                TermDraft term = persons ? null : term(item);
                if (person != null) {
                    sink.person(person);
                } else if (term != null) {
                    sink.term(term);
                } else {
                    sink.warning("An item of the " + (persons ? "persons" : "terms") + " list at " + item.where()
                            + " has no " + (persons ? "persName" : "term") + " with an xml:id and is not imported: \""
                            + DocumentAssembler.abbreviate(TeiText.all(item)) + "\"");
                }
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (tei && "pb".equals(r.getLocalName())) {
                    pageBreak.accept(r.getAttributeValue(null, "n"));
                }
            }
        }
    }

    static PersonDraft person(El item) {
        Entry e = entry(item, "persName");
        return e == null ? null : new PersonDraft(e.xmlId(), e.name(), e.description());
    }

    static TermDraft term(El item) {
        Entry e = entry(item, "term");
        return e == null ? null : new TermDraft(e.xmlId(), e.name(), e.description());
    }

    private static Entry entry(El item, String element) {
        El named = item.first(e -> e.isTei("note"), e -> e.isTei(element) && e.xmlId() != null);
        if (named == null) {
            return null;
        }
        StringBuilder after = new StringBuilder();
        boolean[] seen = {false};
        textAfter(item, named, after, seen);
        String description = TeiText.normalise(after).replaceFirst("^[,;:\\s]+", "");
        return new Entry(named.xmlId(), TeiText.all(named), TeiText.blankToNull(description));
    }

    /** Collects the text that follows {@code named} in the item, notes left out. */
    private static void textAfter(El e, El named, StringBuilder sb, boolean[] seen) {
        for (Object c : e.children) {
            if (c == named) {
                seen[0] = true;
            } else if (c instanceof String) {
                if (seen[0]) {
                    sb.append((String) c);
                }
            } else if (!((El) c).isTei("note")) {
                if (((El) c).isTei("lb")) {
                    sb.append(' ');
                }
                textAfter((El) c, named, sb, seen);
            }
        }
    }
}
