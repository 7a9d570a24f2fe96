package org.cablearchive.records.tei.writer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cablearchive.records.tei.writer.TeiXml.all;
import static org.cablearchive.records.tei.writer.TeiXml.byId;
import static org.cablearchive.records.tei.writer.TeiXml.child;
import static org.cablearchive.records.tei.writer.TeiXml.contentOf;
import static org.cablearchive.records.tei.writer.TeiXml.xmlId;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.cablearchive.records.Body;
import org.cablearchive.records.ChapterDraft;
import org.cablearchive.records.DocumentDate;
import org.cablearchive.records.DocumentDraft.FootnoteDraft;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.Party;
import org.cablearchive.records.VolumeDocumentDraft;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Drafts that are odd, incomplete or inconsistent still leave as well-formed TEI, and nothing in them is lost. */
class FrusTeiWriterEdgeCasesTest {

    private final FrusTeiWriter writer = new FrusTeiWriter();

    @Test
    void aFootnoteWithoutTeiIsWrittenFromItsText() throws Exception {
        DocumentDraft d = SyntheticVolume.draft("T", "<body><head>T</head><p>A<note n=\"*\" xml:id=\"d1fn1\"/></p></body>",
                List.of(new FootnoteDraft("d1fn1", "*", "Not printed.")), List.of());
        byte[] xml = document(new VolumeDocumentDraft("d1", "1", null, d, List.of()));
        assertThat(contentOf(xml, "d1")).isEqualTo("<head>T</head><p>A<note n=\"*\" xml:id=\"d1fn1\">Not printed.</note></p>");
    }

    @Test
    void aHollowNoteInsideAFootnoteIsRefilledToo() throws Exception {
        DocumentDraft d = SyntheticVolume.draft("T", "<body><head>T</head><p>A<note xml:id=\"d1fn1\"/></p></body>",
                List.of(new FootnoteDraft("d1fn1", "1", "Outer inner", "<note xml:id=\"d1fn1\">Outer <note xml:id=\"d1fn2\"/></note>"),
                        new FootnoteDraft("d1fn2", "2", "inner", "<note xml:id=\"d1fn2\" n=\"2\">inner</note>")), List.of());
        byte[] xml = document(new VolumeDocumentDraft("d1", "1", null, d, List.of()));
        assertThat(contentOf(xml, "d1")).isEqualTo(
                "<head>T</head><p>A<note xml:id=\"d1fn1\">Outer <note xml:id=\"d1fn2\" n=\"2\">inner</note></note></p>");
    }

    @Test
    void elementsOfOtherNamespacesKeepTheirNamespace() throws Exception {
        String svg = "http://www.w3.org/2000/svg";
        DocumentDraft d = SyntheticVolume.draft("T", "<body><head>T</head><figure><s:svg xmlns:s=\"" + svg
                + "\"><s:rect/></s:svg></figure><p>after</p></body>", List.of(), List.of());
        Document dom = TeiXml.parse(document(new VolumeDocumentDraft("d1", "1", null, d, List.of())));
        assertThat(dom.getElementsByTagNameNS(svg, "rect").getLength()).isEqualTo(1);
        assertThat(all(dom, "p")).extracting(Element::getTextContent).contains("after");
    }

    @Test
    void aPlainTextFootnoteMarkedOnTheTitleGoesIntoTheHead() throws Exception {
        DocumentDraft d = plainText("Telegram From the Embassy in France to the Department of State",
                Body.builder().startParagraph().text("Text.").endParagraph().build(),
                List.of(new FootnoteDraft("fn1", "1", "Source: National Archives. Secret.")));
        Document dom = TeiXml.parse(document(new VolumeDocumentDraft("d5", "5", null, d, List.of())));
        Element note = byId(dom, "d5fn1");
        assertThat(note.getParentNode().getLocalName()).isEqualTo("head");
        assertThat(note.getAttribute("type")).isEqualTo("source");
        assertThat(child(byId(dom, "d5"), "head").getTextContent())
                .isEqualTo("Telegram From the Embassy in France to the Department of State"
                        + "Source: National Archives. Secret.");
    }

    @Test
    void aTelegramNumberWithoutParagraphsGetsOneOfItsOwn() throws Exception {
        DocumentDraft d = plainText(null, Body.EMPTY, List.of());
        Document dom = TeiXml.parse(document(new VolumeDocumentDraft("d5", "5", null, d, List.of())));
        assertThat(all(dom, "p")).extracting(Element::getTextContent).contains("77.");
        assertThat(all(dom, "head")).isEmpty();
    }

    @Test
    void controlCharactersInADraftCannotBreakTheFile() throws Exception {
        DocumentDraft d = plainText("Bad \u0001 title \uD800", Body.EMPTY, List.of());
        Document dom = TeiXml.parse(document(new VolumeDocumentDraft("d5", "5", null, d, List.of())));
        assertThat(child(byId(dom, "d5"), "head").getTextContent()).isEqualTo("Bad \uFFFD title \uFFFD");
    }

    @Test
    void chaptersOutOfOrderAndUnknownOnesStillGiveUniqueIds() throws Exception {
        List<ChapterDraft> chapters = List.of(new ChapterDraft("ch1", null, "CHAPTER", "One", null),
                new ChapterDraft("ch2", null, "CHAPTER", "Two", null),
                new ChapterDraft("loopA", "loopB", "CHAPTER", "A", null),
                new ChapterDraft("loopB", "loopA", "CHAPTER", "B", null));
        List<VolumeDocumentDraft> docs = List.of(doc("d1", "ch1"), doc("d2", "ch2"), doc("d3", "ch1"),
                doc("d4", "nowhere"), doc("d5", "loopA"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeVolume(out, SyntheticVolume.VOLUME, null, null, chapters, docs.iterator());
        Document dom = TeiXml.parse(out.toByteArray());
        Element body = child(child(dom.getDocumentElement(), "text"), "body");
        List<Element> top = TeiXml.children(body, "div");
        assertThat(top).extracting(e -> xmlId(e) + "|" + e.getAttribute("corresp"))
                .containsExactly("ch1|", "ch2|", "|#ch1", "d4|", "loopA|", "loopB|");
        assertThat(byId(dom, "d3").getParentNode()).isEqualTo(top.get(2));
        assertThat(byId(dom, "d5").getParentNode()).isEqualTo(top.get(4));
    }

    @Test
    void storedTeiThatIsNotWellFormedIsRefusedClearly() {
        DocumentDraft d = SyntheticVolume.draft("T", "<body><head>T</head><p>A<note xml:id=\"k\"/></p></body>",
                List.of(new FootnoteDraft("k", "1", "x", "<note xml:id=\"k\">broken")), List.of());
        assertThatThrownBy(() -> document(new VolumeDocumentDraft("d1", "1", null, d, List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not well-formed");
    }

    private byte[] document(VolumeDocumentDraft d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeDocument(out, "x-" + d.xmlId(), d);
        return out.toByteArray();
    }

    private static VolumeDocumentDraft doc(String id, String chapter) {
        return new VolumeDocumentDraft(id, id.substring(1), chapter,
                SyntheticVolume.draft("T", "<body><head>" + id + "</head></body>", List.of(), List.of()), List.of());
    }

    private static DocumentDraft plainText(String title, Body body, List<FootnoteDraft> footnotes) {
        return DocumentDraft.EMPTY
                .withIdentification(g -> g.withType(DocumentType.TELEGRAM).withTitle(title))
                .withDispatch(g -> g.withTelegramNumber("77"))
                .withCorrespondence(g -> g.withSender(Party.NONE).withRecipient(Party.NONE)
                        .withDate(DocumentDate.parse("1969-06-12T23:46:00Z")).withPlace("Paris"))
                .withText(g -> g.withBody(body).withFootnotes(footnotes).withReferences(List.of()));
    }
}
