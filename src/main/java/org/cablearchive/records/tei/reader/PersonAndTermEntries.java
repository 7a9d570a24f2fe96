package org.cablearchive.records.tei.reader;

import static org.cablearchive.records.tei.TeiNames.ITEM;
import static org.cablearchive.records.tei.TeiNames.LB;
import static org.cablearchive.records.tei.TeiNames.NOTE;
import static org.cablearchive.records.tei.TeiNames.PERS_NAME;
import static org.cablearchive.records.tei.TeiNames.TERM;

import org.cablearchive.people.PersonDraft;
import org.cablearchive.people.TermDraft;
import org.cablearchive.records.VolumeSink;

/**
 * Entries of the front-matter lists (TEI-NOTES §2): {@code <item><hi rend="strong"><persName xml:id="p_X">Name</persName>,
 * </hi> description</item>}, and the same with {@code term} for abbreviations.
 */
final class PersonAndTermEntries {

    /** The id, the name (or abbreviation) and the text after it, or null when the item names no one. */
    record Entry(String xmlId, String name, String description) { }

    private PersonAndTermEntries() {
    }

    /**
     * The entries in {@code e}, a child of the persons or terms div (its list, as a rule): each item becomes a draft
     * for the archive-wide authority records. The list itself is kept as printed, in the volume's parts; an item
     * that names no one (the prose "Note:" some volumes begin with) stays there only, and is reported.
     */
    static void entries(El e, boolean persons, VolumeSink sink) {
        if (e.isTei(ITEM)) {
            PersonDraft person = persons ? person(e) : null;
            TermDraft term = persons ? null : term(e);
            if (person != null) {
                sink.person(person);
            } else if (term != null) {
                sink.term(term);
            } else {
                sink.warning("An item of the " + (persons ? "persons" : "terms") + " list at " + e.where()
                        + " has no " + (persons ? "persName" : "term") + " with an xml:id: it stays in the list as "
                        + "printed but is no authority record: \"" + DocumentAssembler.abbreviate(TeiText.all(e)) + "\"");
            }
            return;
        }
        for (El child : e.elements()) {
            entries(child, persons, sink);
        }
    }

    static PersonDraft person(El item) {
        Entry e = entry(item, PERS_NAME);
        return e == null ? null : new PersonDraft(e.xmlId(), e.name(), e.description());
    }

    static TermDraft term(El item) {
        Entry e = entry(item, TERM);
        return e == null ? null : new TermDraft(e.xmlId(), e.name(), e.description());
    }

    private static Entry entry(El item, String element) {
        El named = item.first(e -> e.isTei(NOTE), e -> e.isTei(element) && e.xmlId() != null);
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
            } else if (!((El) c).isTei(NOTE)) {
                if (((El) c).isTei(LB)) {
                    sb.append(' ');
                }
                textAfter((El) c, named, sb, seen);
            }
        }
    }
}
