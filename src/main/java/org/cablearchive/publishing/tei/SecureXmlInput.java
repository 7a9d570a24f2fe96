package org.cablearchive.publishing.tei;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;

/**
 * The StAX factory stored TEI is re-read with: no DTDs and no external entities (stored fragments came from
 * outside files, and a body must never reach out), namespace-aware, with adjacent text coalesced.
 */
public final class SecureXmlInput {

    private SecureXmlInput() {
    }

    public static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (IllegalArgumentException ignored) {
            // not every StAX implementation knows the JAXP property; DTDs are off either way
        }
        return f;
    }
}
