package org.cablearchive.records.tei.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.cablearchive.records.tei.TeiNames;

/**
 * One element of a subtree read into memory (a document div, a head, a list item), so that it can be examined
 * in any order. Children are {@link String} text nodes and {@code El} elements, in document order. Only one
 * document's subtree is ever held, which keeps memory independent of the file's size.
 */
final class El {

    static final String TEI = TeiNames.TEI_NS;
    static final String FRUS = TeiNames.FRUS_NS;
    static final String XML = TeiNames.XML_NS;

    /** An attribute; {@code ns} is "" for attributes in no namespace (the usual case). */
    record Attr(String ns, String prefix, String local, String value) { }

    final String ns;
    final String prefix;
    final String local;
    final List<Attr> attrs;
    final List<Object> children = new ArrayList<>();
    final int line;
    final int column;

    El(String ns, String prefix, String local, List<Attr> attrs, int line, int column) {
        this.ns = ns == null ? "" : ns;
        this.prefix = prefix == null ? "" : prefix;
        this.local = local;
        this.attrs = attrs;
        this.line = line;
        this.column = column;
    }

    boolean isTei(String name) {
        return TEI.equals(ns) && local.equals(name);
    }

    boolean isFrus(String name) {
        return FRUS.equals(ns) && local.equals(name);
    }

    /** An attribute in no namespace, null when absent. */
    String attr(String name) {
        return attr("", name);
    }

    String attr(String namespace, String name) {
        for (Attr a : attrs) {
            if (a.ns().equals(namespace) && a.local().equals(name)) {
                return a.value();
            }
        }
        return null;
    }

    String xmlId() {
        return attr(XML, "id");
    }

    List<El> elements() {
        List<El> out = new ArrayList<>();
        for (Object c : children) {
            if (c instanceof El) {
                out.add((El) c);
            }
        }
        return out;
    }

    /** The first TEI child element of that name, or null. */
    El child(String name) {
        for (Object c : children) {
            if (c instanceof El && ((El) c).isTei(name)) {
                return (El) c;
            }
        }
        return null;
    }

    /** Visits descendants in document order, not entering (nor visiting) the elements {@code skip} accepts. */
    void descendants(Predicate<El> skip, Consumer<El> visitor) {
        for (Object c : children) {
            if (c instanceof El) {
                El e = (El) c;
                if (!skip.test(e)) {
                    visitor.accept(e);
                    e.descendants(skip, visitor);
                }
            }
        }
    }

    /** The first descendant (document order) that {@code match} accepts, outside what {@code skip} accepts. */
    El first(Predicate<El> skip, Predicate<El> match) {
        for (Object c : children) {
            if (c instanceof El) {
                El e = (El) c;
                if (skip.test(e)) {
                    continue;
                }
                if (match.test(e)) {
                    return e;
                }
                El found = e.first(skip, match);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Visits this element and its descendants in document order. */
    void descendantsAndSelf(Consumer<El> visitor) {
        visitor.accept(this);
        descendants(e -> false, visitor);
    }

    /** The element without its content: what its start tag says. */
    El startTag() {
        return new El(ns, prefix, local, attrs, line, column);
    }

    String where() {
        return "line " + line + ", column " + column;
    }
}
