package org.cablearchive.records.tei.writer;

import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * A start tag as read, captured before the next event is looked at (to tell {@code <pb/>} from {@code <p>…}).
 * Attributes keep their order: a body read back must be the same string.
 */
record Start(String prefix, String namespace, String local, List<Attr> attributes) {

    record Attr(String prefix, String namespace, String local, String value) {

        /** The name as stored bodies write it: {@code n}, {@code xml:id}, {@code frus:doc-dateTime-min}. */
        String qname() {
            return prefix.isEmpty() ? local : prefix + ":" + local;
        }
    }

    static Start read(XMLStreamReader r) {
        List<Attr> attrs = new ArrayList<>(r.getAttributeCount());
        for (int i = 0; i < r.getAttributeCount(); i++) {
            attrs.add(new Attr(nonNull(r.getAttributePrefix(i)), nonNull(r.getAttributeNamespace(i)),
                    r.getAttributeLocalName(i), r.getAttributeValue(i)));
        }
        return new Start(nonNull(r.getPrefix()), nonNull(r.getNamespaceURI()), r.getLocalName(), attrs);
    }

    /** A TEI element of that name: stored TEI leaves TEI elements without a namespace. */
    boolean isTei(String name) {
        return local.equals(name) && (namespace.isEmpty() || namespace.equals(TeiOutput.TEI));
    }

    /** The value of an attribute by its stored name ({@code xml:id}, {@code target}), or null. */
    String value(String qname) {
        for (Attr a : attributes) {
            if (a.qname().equals(qname) || (qname.startsWith("xml:") && a.namespace().equals(XMLConstants.XML_NS_URI)
                    && qname.substring(4).equals(a.local()))) {
                return a.value();
            }
        }
        return null;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
