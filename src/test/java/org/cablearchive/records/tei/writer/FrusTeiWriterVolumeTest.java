package org.cablearchive.records.tei.writer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cablearchive.records.tei.writer.TeiXml.FRUS;
import static org.cablearchive.records.tei.writer.TeiXml.TEI;
import static org.cablearchive.records.tei.writer.TeiXml.all;
import static org.cablearchive.records.tei.writer.TeiXml.byId;
import static org.cablearchive.records.tei.writer.TeiXml.child;
import static org.cablearchive.records.tei.writer.TeiXml.children;
import static org.cablearchive.records.tei.writer.TeiXml.contentOf;
import static org.cablearchive.records.tei.writer.TeiXml.xmlId;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.XMLConstants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** A hand-built volume written as FRUS TEI and read back: header, lists, chapter tree, documents as stored. */
class FrusTeiWriterVolumeTest {

    private static byte[] xml;
    private static String text;
    private static Document dom;

    @BeforeAll
    static void write() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FrusTeiWriter().writeVolume(out, SyntheticVolume.VOLUME, SyntheticVolume.PERSONS, SyntheticVolume.TERMS,
                SyntheticVolume.CHAPTERS, SyntheticVolume.documents().iterator());
        xml = out.toByteArray();
        text = new String(xml, StandardCharsets.UTF_8);
        dom = TeiXml.parse(xml); // fails unless well-formed
    }

    @Test
    void rootIsTeiWithBothNamespacesDeclaredOnceOnIt() {
        Element root = dom.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(TEI);
        assertThat(root.getLocalName()).isEqualTo("TEI");
        assertThat(xmlId(root)).isEqualTo("frus1951v99");
        assertThat(root.getAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "frus")).isEqualTo(FRUS);
        assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        assertThat(text.split("xmlns:frus=", -1)).hasSize(2);
        assertThat(text.split("xmlns=", -1)).hasSize(2);
    }

    @Test
    void headerHoldsTitlesEditorsYearAndId() {
        Element header = child(dom.getDocumentElement(), "teiHeader");
        Element titleStmt = child(child(header, "fileDesc"), "titleStmt");
        assertThat(children(titleStmt, "title")).extracting(e -> e.getAttribute("type") + "=" + e.getTextContent())
                .containsExactly(
                        "complete=Foreign Relations of the United States, 1951, Testing and Trials, Volume XCIX",
                        "series=Foreign Relations of the United States", "subseries=1951",
                        "volumenumber=Volume XCIX", "volume=Testing and Trials");
        assertThat(children(titleStmt, "editor")).extracting(e -> e.getAttribute("role") + ":" + e.getTextContent())
                .containsExactly("primary:John P. Glennon", "primary:Harriet D. Schwar");
        Element publication = child(child(header, "fileDesc"), "publicationStmt");
        assertThat(child(publication, "date").getTextContent()).isEqualTo("1983");
        assertThat(child(publication, "idno").getAttribute("type")).isEqualTo("frus");
        assertThat(child(publication, "idno").getTextContent()).isEqualTo("frus1951v99");
    }

    @Test
    void personsAndTermsAreListedInFront() {
        Element persons = byId(dom, "persons");
        assertThat(persons.getAttribute("type")).isEqualTo("section");
        Element list = child(persons, "list");
        assertThat(list.getAttribute("type")).isEqualTo("names");
        List<Element> items = children(list, "item");
        assertThat(items).extracting(Element::getTextContent)
                .containsExactly("Acheson, Dean, Secretary of State",
                        "Gifford, Walter S., Ambassador in the United Kingdom & Ireland");
        Element name = child(child(items.get(0), "hi"), "persName");
        assertThat(child(items.get(0), "hi").getAttribute("rend")).isEqualTo("strong");
        assertThat(xmlId(name)).isEqualTo("p_AD1");
        assertThat(name.getTextContent()).isEqualTo("Acheson, Dean");

        Element terms = child(byId(dom, "terms"), "list");
        assertThat(terms.getAttribute("type")).isEqualTo("terms");
        assertThat(all(terms, "term")).extracting(e -> xmlId(e) + "=" + e.getTextContent())
                .containsExactly("t_Embtel1=Embtel", "t_Deptel1=Deptel");
        assertThat(children(terms, "item").get(1).getTextContent()).isEqualTo("Deptel, Department of State telegram");
        assertThat(persons.getParentNode().getLocalName()).isEqualTo("front");
    }

    @Test
    void chaptersNestAndHoldTheirDocumentsInOrder() {
        Element body = child(child(dom.getDocumentElement(), "text"), "body");
        assertThat(tree(body)).isEqualTo("compilation:comp1(chapter:ch1(document:d1) document:d2 chapter:ch2()) "
                + "compilation:comp2(subchapter:sub1(document:d3)) compilation:comp3()");
        assertThat(child(byId(dom, "comp1"), "head").getTextContent()).isEqualTo("The China area");
        assertThat(child(byId(dom, "ch2"), "head").getTextContent()).isEqualTo("A chapter without documents");
        assertThat(all(dom, "div")).filteredOn(d -> d.getAttribute("type").equals("document"))
                .extracting(d -> xmlId(d) + "/" + d.getAttribute("n")).containsExactly("d1/1", "d2/2", "d3/");
        assertThat(byId(dom, "d3").hasAttribute("n")).isFalse();
    }

    @Test
    void aChapterHeadIsWrittenAsEncoded() throws Exception {
        assertThat(contentOf(xml, "ch1")).startsWith(contentOf("<body>" + SyntheticVolume.CH1_HEAD + "</body>"));
    }

    @Test
    void documentsAreWrittenAsStoredWithNotesRefilledAndReaderCorrespRemoved() throws Exception {
        String expected = SyntheticVolume.D1_BODY
                .replace("<note n=\"1\" xml:id=\"d1fn1\"/>", SyntheticVolume.D1_FN1.replace(" corresp=\"#xr1\"", ""))
                .replace("<note xml:id=\"d1fn2\" n=\"2\"/>", SyntheticVolume.D1_FN2)
                .replace(" corresp=\"#xr2\"", "");
        assertThat(contentOf(xml, "d1")).isEqualTo(contentOf(expected));
        assertThat(contentOf(xml, "d2")).isEqualTo(contentOf(SyntheticVolume.D2_BODY));
        assertThat(contentOf(xml, "d3")).isEqualTo(contentOf(SyntheticVolume.D3_BODY));
    }

    @Test
    void footnotesKeepEveryAttributeAndTheirMarkup() {
        Element note = byId(dom, "d1fn2");
        assertThat(note.getAttributes().getLength()).isEqualTo(3);
        assertThat(note.getAttribute("n")).isEqualTo("2");
        assertThat(note.getAttribute("rend")).isEqualTo("x");
        assertThat(child(note, "hi").getTextContent()).isEqualTo("Foreign Relations");
        assertThat(children(note, "lb")).hasSize(1);
        Element source = byId(dom, "d1fn1");
        assertThat(source.getAttribute("type")).isEqualTo("source");
        assertThat(source.getParentNode().getLocalName()).isEqualTo("head");
        assertThat(source.getTextContent()).isEqualTo("Source: see vol. vi,\n p. 587; secret <sic>.");
    }

    @Test
    void readerAddedCorrespIsGoneButEncodedOnesStay() {
        assertThat(text).doesNotContain("#xr1").doesNotContain("#xr2");
        List<Element> refs = all(byId(dom, "d1"), "ref");
        assertThat(refs).extracting(r -> r.getAttribute("target") + "|" + r.getAttribute("corresp"))
                .containsExactly("frus1950v06#pg_587|", "#pg_12|", "#d3|#keep");
        assertThat(all(byId(dom, "d2"), "persName").get(0).getAttribute("corresp")).isEqualTo("#p_AD1");
    }

    @Test
    void pageBreaksStayAtTheirPlace() {
        Element pb = byId(dom, "pg_13");
        assertThat(pb.getParentNode().getLocalName()).isEqualTo("p");
        assertThat(pb.getPreviousSibling().getTextContent()).endsWith("Text before ");
        assertThat(pb.getNextSibling().getTextContent()).isEqualTo("text after.");
        assertThat(pb.getAttribute("facs")).isEqualTo("0013");
        assertThat(pb.hasChildNodes()).isFalse();
        assertThat(text).contains("<pb n=\"13\" xml:id=\"pg_13\" facs=\"0013\"/>");
        Element moved = byId(dom, "pg_14");
        assertThat(moved.getParentNode()).isEqualTo(byId(dom, "d2"));
        assertThat(firstElement(byId(dom, "d2"))).isEqualTo(moved);
    }

    @Test
    void frusElementsAreInTheFrusNamespace() {
        List<Node> attachments = new java.util.ArrayList<>();
        var list = byId(dom, "d3").getElementsByTagNameNS(FRUS, "attachment");
        for (int i = 0; i < list.getLength(); i++) {
            attachments.add(list.item(i));
        }
        assertThat(attachments).hasSize(1);
        assertThat(text).contains("<frus:attachment><opener>");
        assertThat(child((Element) attachments.get(0), "p").getTextContent()).isEqualTo("Attached text.");
    }

    @Test
    void aDocumentAloneIsTheSameDivInAMinimalTeiFile() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FrusTeiWriter().writeDocument(out, "frus1951v99-d1", SyntheticVolume.documents().get(0));
        byte[] alone = out.toByteArray();
        Document d = TeiXml.parse(alone);
        Element fileDesc = child(child(d.getDocumentElement(), "teiHeader"), "fileDesc");
        assertThat(child(child(fileDesc, "titleStmt"), "title").getTextContent())
                .isEqualTo("The Ambassador in the United Kingdom (Gifford) to the Secretary of State");
        assertThat(child(child(fileDesc, "publicationStmt"), "idno").getTextContent()).isEqualTo("frus1951v99-d1");
        Element div = child(child(child(d.getDocumentElement(), "text"), "body"), "div");
        assertThat(xmlId(div)).isEqualTo("d1");
        assertThat(contentOf(alone, "d1")).isEqualTo(contentOf(xml, "d1"));
    }

    @Test
    void noDocumentsGiveAnEmptyBodyAndTheCallersStreamStaysOpen() throws Exception {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new FrusTeiWriter().writeVolume(out, SyntheticVolume.VOLUME, List.of(), null, List.of(), null);
        Document d = TeiXml.parse(out.toByteArray());
        assertThat(closed[0]).isFalse();
        assertThat(children(child(d.getDocumentElement(), "text"), "front")).isEmpty();
        assertThat(all(d, "div")).isEmpty();
    }

    private static Element firstElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    /** The div tree as "type:id(children…)", documents as leaves. */
    private static String tree(Element parent) {
        StringBuilder b = new StringBuilder();
        for (Element div : children(parent, "div")) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(div.getAttribute("type")).append(':').append(xmlId(div));
            if (!div.getAttribute("type").equals("document")) {
                b.append('(').append(tree(div)).append(')');
            }
        }
        return b.toString();
    }
}
