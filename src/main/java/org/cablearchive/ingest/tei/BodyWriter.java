package org.cablearchive.ingest.tei;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablearchive.records.DocumentDraft.FootnoteDraft;
import org.cablearchive.records.DocumentDraft.ReferenceDraft;
import org.cablearchive.records.ReferenceKind;

/**
 * Writes a document div's content as the body of a draft, following the reader–writer contract: TEI elements
 * without a namespace prefix, {@code frus:} elements and attributes with theirs (declared on the root when used),
 * attributes and text exactly as encoded; every {@code note} with an {@code xml:id} hollowed to
 * {@code <note n xml:id/>} and kept whole as a footnote; every {@code ref} with a {@code target} (and no
 * {@code corresp}) marked {@code corresp="#xrK"} and listed as a reference, K counting in document order.
 *
 * <p>One instance per document; not thread-safe.
 */
final class BodyWriter {

    static final String FRUS_DECLARATION = " xmlns:frus=\"" + El.FRUS + "\"";
    private static final Pattern DOCUMENT_TARGET = Pattern.compile("^([^#\\s]*)#d(\\d+)$");
    private static final Pattern PAGE_TARGET = Pattern.compile("^([^#\\s]*)#pg_([^#\\s]+)$");

    private final String volumeId;
    private final boolean marking;
    private final List<FootnoteDraft> footnotes = new ArrayList<>();
    private final List<ReferenceDraft> references = new ArrayList<>();

    /** Where the text of one root (the body, or one footnote) is written, and whether it uses frus:. */
    private static final class Out {
        final StringBuilder sb = new StringBuilder();
        boolean frus;
    }

    BodyWriter(String volumeId) {
        this(volumeId, true);
    }

    private BodyWriter(String volumeId, boolean marking) {
        this.volumeId = volumeId;
        this.marking = marking;
    }

    /** One element exactly as encoded, namespace-free like a body, nothing hollowed or marked (a chapter head). */
    static String verbatim(El e) {
        Out out = new Out();
        new BodyWriter("", false).write(e, out, true);
        String xml = out.sb.toString();
        int nameEnd = 1;
        while (" />".indexOf(xml.charAt(nameEnd)) < 0) {
            nameEnd++;
        }
        return out.frus ? xml.substring(0, nameEnd) + FRUS_DECLARATION + xml.substring(nameEnd) : xml;
    }

    /** {@code <body>}, the page breaks moved in from before the div, the div's child nodes, {@code </body>}. */
    String body(List<El> movedPageBreaks, El div) {
        Out out = new Out();
        for (El pb : movedPageBreaks) {
            write(pb, out, false);
        }
        for (Object child : div.children) {
            write(child, out, false);
        }
        return "<body" + (out.frus ? FRUS_DECLARATION : "") + ">" + out.sb + "</body>";
    }

    /** Page breaks as they are written into a body (they never use frus:). */
    static String pageBreaks(List<El> pbs) {
        BodyWriter w = new BodyWriter("", false);
        Out out = new Out();
        for (El pb : pbs) {
            w.write(pb, out, false);
        }
        return out.sb.toString();
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
        if (marking && !inFootnote && e.isTei("note") && e.xmlId() != null) {
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
        if (marking && e.isTei("ref") && e.attr("target") != null && e.attr("corresp") == null) {
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
        for (Object child : e.children) {
            write(child, out, inFootnote);
        }
        out.sb.append("</").append(name).append('>');
    }

    /** Leaves {@code <note n="…" xml:id="…"/>} in place; the whole note becomes a footnote. */
    private void hollow(El note, Out out) {
        String id = note.xmlId();
        String n = note.attr("n");
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
        String target = ref.attr("target").strip();
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

    private static void escape(String s, StringBuilder sb, boolean attribute) {
        String special = attribute ? "&<>\r\"\t\n" : "&<>\r";
        int plain = 0;
        while (plain < s.length() && special.indexOf(s.charAt(plain)) < 0) {
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
