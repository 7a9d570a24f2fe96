package org.cablearchive.records.tei.reader;

import static org.cablearchive.records.tei.TeiNames.ABBR;
import static org.cablearchive.records.tei.TeiNames.CORRESP;
import static org.cablearchive.records.tei.TeiNames.DATE;
import static org.cablearchive.records.tei.TeiNames.DATELINE;
import static org.cablearchive.records.tei.TeiNames.EMPH;
import static org.cablearchive.records.tei.TeiNames.FOREIGN;
import static org.cablearchive.records.tei.TeiNames.GAP;
import static org.cablearchive.records.tei.TeiNames.GLOSS;
import static org.cablearchive.records.tei.TeiNames.HEAD;
import static org.cablearchive.records.tei.TeiNames.HI;
import static org.cablearchive.records.tei.TeiNames.LABEL;
import static org.cablearchive.records.tei.TeiNames.N;
import static org.cablearchive.records.tei.TeiNames.NAME;
import static org.cablearchive.records.tei.TeiNames.NOTE;
import static org.cablearchive.records.tei.TeiNames.NUM;
import static org.cablearchive.records.tei.TeiNames.PERS_NAME;
import static org.cablearchive.records.tei.TeiNames.PLACE_NAME;
import static org.cablearchive.records.tei.TeiNames.REF;
import static org.cablearchive.records.tei.TeiNames.RS;
import static org.cablearchive.records.tei.TeiNames.TARGET;
import static org.cablearchive.records.tei.TeiNames.TERM;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablearchive.records.tei.text.TelegramShorthand;
import org.cablearchive.records.DocumentDraft.FootnoteDraft;
import org.cablearchive.records.DocumentDraft.ReferenceDraft;
import org.cablearchive.records.ReferenceKind;

/**
 * Writes a document div's content as the body of a draft, following the reader–writer contract: TEI elements
 * without a namespace prefix, {@code frus:} elements and attributes with theirs (declared on the root when used),
 * attributes and text exactly as encoded; every {@code note} with an {@code xml:id} hollowed to
 * {@code <note n xml:id/>} and kept whole as a footnote; every {@code ref} with a {@code target} (and no
 * {@code corresp}) marked {@code corresp="#xrK"} and listed as a reference, K counting in document order; and
 * every telegram shorthand in the running text ("{@code <gloss>Embtel</gloss> 634, October 15}") wrapped in a
 * target-less {@code <ref corresp="#xrK">} and listed likewise (the TEI writer unwraps these again, as FRUS prints
 * them as plain text).
 *
 * <p>One instance per document; not thread-safe.
 */
final class BodyWriter {

    static final String FRUS_DECLARATION = " xmlns:frus=\"" + El.FRUS + "\"";
    private static final Pattern DOCUMENT_TARGET = Pattern.compile("^([^#\\s]*)#d(\\d+)$");
    private static final Pattern PAGE_TARGET = Pattern.compile("^([^#\\s]*)#pg_([^#\\s]+)$");

    /** Elements whose text reads on with the text around them: a shorthand may begin or end in them. */
    private static final Set<String> INLINE = Set.of(GLOSS, HI, ABBR, TERM, DATE, PLACE_NAME, "orgName",
            PERS_NAME, RS, NAME, NUM, FOREIGN, EMPH);
    /** Elements whose text is not searched for shorthand: notes, titles, references already, labels, datelines. */
    private static final Set<String> NOT_SEARCHED = Set.of(NOTE, HEAD, REF, LABEL, DATELINE, GAP, "fw");
    /** Stands in the searched text for an element that is not text (a footnote mark, a page break). */
    private static final char OBJECT = '\uFFFC';

    private final String volumeId;
    private final boolean marking;
    private final LocalDate context;
    /** True while writing what a shorthand reference wraps: no reference inside another. */
    private boolean inShorthand;
    private final List<FootnoteDraft> footnotes = new ArrayList<>();
    private final List<ReferenceDraft> references = new ArrayList<>();

    /** Where the text of one root (the body, or one footnote) is written, and whether it uses frus:. */
    private static final class Out {
        final StringBuilder sb = new StringBuilder();
        boolean frus;
    }

    /** @param context the document's day, which gives dates printed without a year in shorthand their year */
    BodyWriter(String volumeId, LocalDate context) {
        this(volumeId, true, context);
    }

    private BodyWriter(String volumeId, boolean marking, LocalDate context) {
        this.volumeId = volumeId;
        this.marking = marking;
        this.context = context;
    }

    /** One element exactly as encoded, namespace-free like a body, nothing hollowed or marked (a chapter head). */
    static String verbatim(El e) {
        Out out = new Out();
        new BodyWriter("", false, null).write(e, out, true);
        String xml = out.sb.toString();
        int nameEnd = 1;
        while (" />".indexOf(xml.charAt(nameEnd)) < 0) {
            nameEnd++;
        }
        return out.frus ? xml.substring(0, nameEnd) + FRUS_DECLARATION + xml.substring(nameEnd) : xml;
    }

    /** {@code <body>}, the div's child nodes, {@code </body>}. */
    String body(El div) {
        Out out = new Out();
        writeChildren(div, out, false);
        return "<body" + (out.frus ? FRUS_DECLARATION : "") + ">" + out.sb + "</body>";
    }

    /** The footnotes met so far, in document order. */
    List<FootnoteDraft> footnotes() {
        return footnotes;
    }

    /** The references met so far, keys xr1, xr2… in document order. */
    List<ReferenceDraft> references() {
        return references;
    }

    private void write(Object node, Out out, boolean inFootnote) {
        if (node instanceof String) {
            escape((String) node, out.sb, false);
            return;
        }
        El e = (El) node;
        if (marking && !inFootnote && e.isTei(NOTE) && e.xmlId() != null) {
            hollow(e, out);
            return;
        }
        Map<String, String> declarations = new LinkedHashMap<>();
        String name = name(e.ns, e.prefix, e.local, out, declarations, true);
        StringBuilder attributes = new StringBuilder();
        for (El.Attr a : e.attrs) {
            attributes.append(' ').append(name(a.ns(), a.prefix(), a.local(), out, declarations, false)).append("=\"");
            escape(a.value(), attributes, true);
            attributes.append('"');
        }
        if (marking && e.isTei(REF) && e.attr(TARGET) != null && e.attr(CORRESP) == null) {
            String key = "xr" + (references.size() + 1);
            attributes.append(" corresp=\"#").append(key).append('"');
            references.add(reference(key, e));
        }
        out.sb.append('<').append(name);
        declarations.forEach((prefix, uri) -> {
            out.sb.append(" xmlns:").append(prefix).append("=\"");
            escape(uri, out.sb, true);
            out.sb.append('"');
        });
        out.sb.append(attributes);
        if (e.children.isEmpty()) {
            out.sb.append("/>");
            return;
        }
        out.sb.append('>');
        writeChildren(e, out, inFootnote);
        out.sb.append("</").append(name).append('>');
    }

    private void writeChildren(El e, Out out, boolean inFootnote) {
        if (!marking || inFootnote || inShorthand || NOT_SEARCHED.contains(e.local) || !El.TEI.equals(e.ns)) {
            for (Object child : e.children) {
                write(child, out, inFootnote);
            }
            return;
        }
        if (!mayHoldShorthand(e)) {
            for (Object child : e.children) {
                writeChild(child, out, true);
            }
            return;
        }
        // The children's text side by side, each element that is not inline text standing as one object character;
        // a reference is wrapped where it begins and ends at a child's edge or inside a text child.
        StringBuilder text = new StringBuilder();
        int[] starts = new int[e.children.size() + 1];
        for (int i = 0; i < e.children.size(); i++) {
            starts[i] = text.length();
            Object c = e.children.get(i);
            if (c instanceof String) {
                for (int k = 0; k < ((String) c).length(); k++) {
                    char ch = ((String) c).charAt(k);
                    text.append(ch == '\n' || ch == '\t' || ch == '\r' ? ' ' : ch);
                }
            } else {
                El child = (El) c;
                text.append(El.TEI.equals(child.ns) && INLINE.contains(child.local) ? TeiText.withoutNotes(child) : OBJECT);
            }
        }
        starts[e.children.size()] = text.length();
        List<TelegramShorthand.Found> found = new ArrayList<>();
        boolean uncut = false;
        for (TelegramShorthand.Found f : TelegramShorthand.find(text.toString(), context)) {
            if (cuttable(e, starts, f.start()) && cuttable(e, starts, f.end())) {
                found.add(f);
            } else {
                uncut = true;
            }
        }
        // The inline children's text was searched here already: search inside them again only for a reference
        // that began or ended inside one (it is wrapped there, if at all).
        boolean searchedInline = !uncut;
        if (found.isEmpty()) {
            for (Object child : e.children) {
                writeChild(child, out, searchedInline);
            }
            return;
        }
        int next = 0;
        TelegramShorthand.Found open = null;
        for (int i = 0; i < e.children.size(); i++) {
            Object c = e.children.get(i);
            int from = starts[i];
            int to = starts[i + 1];
            if (c instanceof String) {
                String s = (String) c;
                int pos = from;
                while (true) {
                    if (open == null && next < found.size() && found.get(next).start() >= pos && found.get(next).start() < to) {
                        escape(s.substring(pos - from, found.get(next).start() - from), out.sb, false);
                        pos = found.get(next).start();
                        open = openShorthand(found.get(next++), text, out);
                    } else if (open != null && open.end() <= to) {
                        escape(s.substring(pos - from, open.end() - from), out.sb, false);
                        pos = open.end();
                        open = closeShorthand(out);
                    } else {
                        escape(s.substring(pos - from), out.sb, false);
                        break;
                    }
                }
            } else {
                if (open == null && next < found.size() && found.get(next).start() == from) {
                    open = openShorthand(found.get(next++), text, out);
                }
                writeChild(c, out, searchedInline);
                if (open != null && open.end() == to) {
                    open = closeShorthand(out);
                }
            }
        }
    }

    /** Whether a text child or an inline child holds a word that a reference begins with (no word spans two). */
    private static boolean mayHoldShorthand(El e) {
        for (Object c : e.children) {
            if (c instanceof String str ? TelegramShorthand.mayHold(str)
                    : c instanceof El el && El.TEI.equals(el.ns) && INLINE.contains(el.local)
                      && TelegramShorthand.mayHold(TeiText.withoutNotes(el))) {
                return true;
            }
        }
        return false;
    }

    /** Writes a child of a searched element; an inline one without searching it again when {@code searchedInline}. */
    private void writeChild(Object child, Out out, boolean searchedInline) {
        if (searchedInline && !inShorthand && child instanceof El el && El.TEI.equals(el.ns) && INLINE.contains(el.local)) {
            inShorthand = true; // no search inside, as inside a reference
            write(child, out, false);
            inShorthand = false;
        } else {
            write(child, out, false);
        }
    }

    /** Whether a reference may begin or end at this offset: at a child's edge, or inside a text child. */
    private static boolean cuttable(El e, int[] starts, int offset) {
        for (int i = 0; i < e.children.size(); i++) {
            if (offset == starts[i] || offset == starts[i + 1]) {
                return true;
            }
            if (offset > starts[i] && offset < starts[i + 1]) {
                return e.children.get(i) instanceof String;
            }
        }
        return false;
    }

    private TelegramShorthand.Found openShorthand(TelegramShorthand.Found f, CharSequence text, Out out) {
        String key = "xr" + (references.size() + 1);
        String label = TeiText.normalise(text.subSequence(f.start(), f.end()));
        references.add(new ReferenceDraft(key, f.kind(), f.number(), f.date(), label, null));
        out.sb.append("<ref corresp=\"#").append(key).append("\">");
        inShorthand = true;
        return f;
    }

    private TelegramShorthand.Found closeShorthand(Out out) {
        out.sb.append("</ref>");
        inShorthand = false;
        return null;
    }

    /** Leaves {@code <note n="…" xml:id="…"/>} in place; the whole note becomes a footnote. */
    private void hollow(El note, Out out) {
        String id = note.xmlId();
        String n = note.attr(N);
        out.sb.append("<note");
        if (n != null) {
            out.sb.append(" n=\"");
            escape(n, out.sb, true);
            out.sb.append('"');
        }
        out.sb.append(" xml:id=\"");
        escape(id, out.sb, true);
        out.sb.append("\"/>");
        Out tei = new Out();
        write(note, tei, true);
        String xml = tei.sb.toString();
        if (tei.frus) {
            xml = "<note" + FRUS_DECLARATION + xml.substring("<note".length());
        }
        String mark = n == null || n.isBlank() ? String.valueOf(footnotes.size() + 1) : n;
        footnotes.add(new FootnoteDraft(id, mark, TeiText.all(note), xml));
    }

    private ReferenceDraft reference(String key, El ref) {
        String target = ref.attr(TARGET).strip();
        String label = TeiText.all(ref);
        Matcher d = DOCUMENT_TARGET.matcher(target);
        if (d.matches()) {
            return new ReferenceDraft(key, ReferenceKind.DOCUMENT, d.group(2), null, label, qualified(d.group(1), target));
        }
        Matcher p = PAGE_TARGET.matcher(target);
        if (p.matches()) {
            return new ReferenceDraft(key, ReferenceKind.PAGE, p.group(2), null, label, qualified(p.group(1), target));
        }
        return new ReferenceDraft(key, ReferenceKind.OTHER, null, null, label,
                target.startsWith("#") ? volumeId + target : target);
    }

    private String qualified(String volume, String target) {
        return volume.isEmpty() ? volumeId + target : target;
    }

    /**
     * The qualified name to write: TEI (and no namespace) unprefixed, frus: and xml: as such, any other namespace
     * with its own prefix, declared on the element where it is used.
     */
    private static String name(String ns, String prefix, String local, Out out, Map<String, String> declarations,
                               boolean element) {
        if (ns.isEmpty() || El.TEI.equals(ns)) {
            return local;
        }
        if (El.FRUS.equals(ns)) {
            out.frus = true;
            return "frus:" + local;
        }
        if (El.XML.equals(ns)) {
            return "xml:" + local;
        }
        String p = prefix == null || prefix.isEmpty() || prefix.equals("frus") ? (element ? "ns" : "ans") : prefix;
        String bound = declarations.get(p);
        while (bound != null && !bound.equals(ns)) {
            p = p + "x";
            bound = declarations.get(p);
        }
        declarations.put(p, ns);
        return p + ":" + local;
    }

    private static boolean special(char c, boolean attribute) {
        return c == '&' || c == '<' || c == '>' || c == '\r' || attribute && (c == '"' || c == '\t' || c == '\n');
    }

    private static void escape(String s, StringBuilder sb, boolean attribute) {
        int plain = 0;
        while (plain < s.length() && !special(s.charAt(plain), attribute)) {
            plain++;
        }
        sb.append(s, 0, plain); // most text has nothing to escape: copy it in one go
        for (int i = plain; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '\r' -> sb.append("&#13;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\t' -> sb.append(attribute ? "&#9;" : "\t");
                case '\n' -> sb.append(attribute ? "&#10;" : "\n");
                default -> sb.append(c);
            }
        }
    }
}
