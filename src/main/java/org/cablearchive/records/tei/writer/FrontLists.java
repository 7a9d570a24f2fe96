package org.cablearchive.records.tei.writer;

import static org.cablearchive.records.tei.TeiNames.DIV;
import static org.cablearchive.records.tei.TeiNames.FRONT;
import static org.cablearchive.records.tei.TeiNames.HEAD;
import static org.cablearchive.records.tei.TeiNames.HI;
import static org.cablearchive.records.tei.TeiNames.ITEM;
import static org.cablearchive.records.tei.TeiNames.LIST;
import static org.cablearchive.records.tei.TeiNames.PERS_NAME;
import static org.cablearchive.records.tei.TeiNames.REND;
import static org.cablearchive.records.tei.TeiNames.TERM;
import static org.cablearchive.records.tei.TeiNames.TYPE;
import static org.cablearchive.records.tei.TeiNames.XML_ID;

import java.util.List;
import org.cablearchive.people.PersonDraft;
import org.cablearchive.people.TermDraft;

/**
 * The volume's {@code front}: the persons list and the abbreviations-and-terms list, each only when it has
 * entries, in the FRUS pattern {@code <item><hi rend="strong"><persName xml:id="p_X">NAME</persName>,</hi>
 * DESCRIPTION</item>} (with {@code term} for terms). No front at all when both are empty.
 */
final class FrontLists {

    private FrontLists() {
    }

    static void write(TeiOutput out, List<PersonDraft> persons, List<TermDraft> terms) {
        if (persons.isEmpty() && terms.isEmpty()) {
            return;
        }
        out.newline(2).start(FRONT);
        if (!persons.isEmpty()) {
            open(out, "persons", "Persons", "names");
            for (PersonDraft p : persons) {
                item(out, PERS_NAME, p.xmlId(), p.name(), p.description());
            }
            close(out);
        }
        if (!terms.isEmpty()) {
            open(out, "terms", "Abbreviations and Terms", "terms");
            for (TermDraft t : terms) {
                item(out, TERM, t.xmlId(), t.abbreviation(), t.expansion());
            }
            close(out);
        }
        out.newline(2).end();
    }

    private static void open(TeiOutput out, String id, String head, String listType) {
        out.newline(3).start(DIV).attribute(TYPE, "section").attribute(XML_ID, id);
        out.newline(4).element(HEAD, head);
        out.newline(4).start(LIST).attribute(TYPE, listType);
    }

    private static void close(TeiOutput out) {
        out.newline(4).end().newline(3).end();
    }

    private static void item(TeiOutput out, String element, String xmlId, String name, String description) {
        boolean described = description != null && !description.isEmpty();
        out.newline(5).start(ITEM).start(HI).attribute(REND, "strong");
        out.start(element).attribute(XML_ID, xmlId).text(name == null ? "" : name).end();
        // The comma closes the bold name only when a description follows it, as in the printed lists.
        out.text(described ? "," : "").end();
        if (described) {
            out.text(" " + description);
        }
        out.end();
    }
}
