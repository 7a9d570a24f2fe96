package org.cablearchive.publishing.oai;

import org.cablearchive.publishing.xml.XmlOutput;
import org.cablearchive.records.FileNumber;
import org.cablearchive.records.Party;
import org.cablearchive.records.PublishedDocument;

/**
 * A document in simple Dublin Core ({@code oai_dc}), the one metadata format every OAI-PMH repository offers:
 * title; date as the source gives it (ISO 8601); creator the sender and contributor the recipient (the addressee,
 * as archives of correspondence record it); subject the State Department decimal file subject ({@code 611.61});
 * description the source note; identifier the document's permanent page; type the DCMI type {@code Text} and the
 * document's kind; source the printed volume and relation its page in the archive; publisher the archive.
 */
final class DublinCore {

    static final String PREFIX = "oai_dc";
    static final String NAMESPACE = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    static final String SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private DublinCore() {
    }

    /** Writes {@code <oai_dc:dc>} for the document; {@code site} is the archive's address without a trailing slash. */
    static void write(XmlOutput out, PublishedDocument d, String site, String publisher, String rights) {
        out.startDeclaring(PREFIX, NAMESPACE, "dc").namespace("dc", DC)
                .attribute(XSI, "schemaLocation", NAMESPACE + " " + SCHEMA);
        dc(out, "title", d.title());
        dc(out, "creator", party(d.sender()));
        dc(out, "contributor", party(d.recipient()));
        FileNumber.parseOptional(d.fileNumber()).map(FileNumber::subject).ifPresent(subject -> dc(out, "subject", subject));
        dc(out, "description", d.sourceNote());
        dc(out, "date", d.date().isUndated() ? null : d.date().iso());
        dc(out, "type", "Text");
        dc(out, "type", d.type().label());
        dc(out, "identifier", site + "/documents/" + d.id());
        dc(out, "language", "en");
        dc(out, "publisher", publisher);
        if (d.volumeId() != null) {
            dc(out, "source", d.volumeTitle());
            dc(out, "relation", site + "/volumes/" + d.volumeId());
        }
        dc(out, "rights", rights);
        out.end();
    }

    private static void dc(XmlOutput out, String element, String text) {
        out.element(DC, element, text);
    }

    private static String party(Party p) {
        return p == null || !p.known() ? null : p.display();
    }
}
