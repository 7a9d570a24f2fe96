package org.cablearchive.records.tei.writer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cablearchive.records.tei.writer.TeiXml.all;
import static org.cablearchive.records.tei.writer.TeiXml.child;
import static org.cablearchive.records.tei.writer.TeiXml.children;
import static org.cablearchive.records.tei.writer.TeiXml.xmlId;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.cablearchive.ingest.plaintext.PlainTextTelegramReader;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.VolumeDocumentDraft;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The seed telegram, entered as plain text, leaves the archive as a FRUS-style (1951) TEI document. */
class SeedTelegramTeiTest {

    private static DocumentDraft draft;
    private static Document dom;
    private static Element div;

    @BeforeAll
    static void write() throws Exception {
        String text = Files.readString(Path.of("..", "shared", "fixtures", "seed", "telegram-611.61-10-1551.txt"),
                StandardCharsets.UTF_8);
        draft = new PlainTextTelegramReader().read(text).draft();
        dom = TeiXml.parse(write(new VolumeDocumentDraft(null, null, null, draft, List.of())));
        div = child(child(child(dom.getDocumentElement(), "text"), "body"), "div");
    }

    private static byte[] write(VolumeDocumentDraft document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FrusTeiWriter().writeDocument(out, "611.61-10-1551", document);
        return out.toByteArray();
    }

    @Test
    void theHeaderNamesTheDocument() {
        Element fileDesc = child(child(dom.getDocumentElement(), "teiHeader"), "fileDesc");
        assertThat(child(child(fileDesc, "titleStmt"), "title").getTextContent()).isEqualTo(draft.title());
        assertThat(child(child(fileDesc, "publicationStmt"), "idno").getTextContent()).isEqualTo("611.61-10-1551");
        assertThat(div.getAttribute("type")).isEqualTo("document");
        assertThat(div.hasAttribute("n")).isFalse();
    }

    @Test
    void theHeadIsTheTitleWithSenderAndRecipientMarked() {
        Element head = child(div, "head");
        assertThat(head.getTextContent()).isEqualTo("The Charge in the Soviet Union (Cumming) to the Secretary of State");
        assertThat(children(head, "gloss")).extracting(g -> g.getAttribute("type") + ":" + g.getTextContent())
                .containsExactly("from:Charge in the Soviet Union", "to:Secretary of State");
        assertThat(child(head, "persName").getAttribute("type")).isEqualTo("from");
        assertThat(child(head, "persName").getTextContent()).isEqualTo("Cumming");
    }

    @Test
    void theSourceNoteComesInlineBeforeTheHeadAsIn1951() {
        Element note = child(div, "note");
        assertThat(note.getAttribute("type")).isEqualTo("source");
        assertThat(note.getAttribute("rend")).isEqualTo("inline");
        assertThat(note.getTextContent()).isEqualTo("611.61/10–1551: Telegram");
        assertThat(firstElement(div)).isEqualTo(note);
    }

    @Test
    void theOpenerHasTheDateAndTheMarkingsInSmallCaps() {
        Element opener = child(div, "opener");
        Element date = child(child(opener, "dateline"), "date");
        assertThat(date.getAttribute("when")).isEqualTo("1951-10-15");
        assertThat(date.getTextContent()).isEqualTo("October 15, 1951");
        Element hi = child(child(opener, "seg"), "hi");
        assertThat(child(opener, "seg").getAttribute("rendition")).isEqualTo("#left");
        assertThat(hi.getAttribute("rend")).isEqualTo("smallcaps");
        assertThat(Arrays.stream(hi.getTextContent().split("\u2003")).map(String::strip))
                .containsExactly("top secret", "priority");
    }

    @Test
    void theTelegramNumberOpensTheFirstParagraphAndReferencesArePlainText() {
        List<Element> ps = children(div, "p");
        assertThat(ps.get(0).getTextContent()).startsWith("639. Re Embtel 634, October 15.");
        assertThat(ps.get(0).getTextContent())
                .isEqualTo("639. Re Embtel 634, October 15. Following translation Vyshinsky statement to me today.");
        assertThat(all(div, "ref")).isEmpty();
        assertThat(ps.get(ps.size() - 1).getTextContent()).isEqualTo("Dept pass London, Paris (its discretion).");
        assertThat(ps).hasSize(draft.body().paragraphCount() + 1);
    }

    @Test
    void fivePageBreaksInOrder() {
        assertThat(all(div, "pb")).extracting(pb -> pb.getAttribute("n"))
                .containsExactly("1043", "1044", "1045", "1046", "1047");
        Element inSentence = all(div, "pb").get(2);
        assertThat(inSentence.getParentNode().getLocalName()).isEqualTo("p");
        assertThat(inSentence.getPreviousSibling().getTextContent()).endsWith("by empty argument relative ");
    }

    @Test
    void theFootnoteStandsInlineAtItsAnchor() {
        List<Element> notes = all(div, "note").stream().filter(n -> n.getAttribute("n").equals("1")).toList();
        assertThat(notes).hasSize(1);
        Element note = notes.get(0);
        assertThat(xmlId(note)).isEqualTo("fn1");
        assertThat(note.getTextContent()).isEqualTo("For related documentation, see vol. i, pp. 993 ff.");
        assertThat(note.getParentNode().getLocalName()).isEqualTo("p");
        assertThat(note.getPreviousSibling().getTextContent()).endsWith("Sov Union.");
    }

    @Test
    void theCloserIsSignedAndTheEmendationIsSupplied() {
        assertThat(child(child(div, "closer"), "signed").getTextContent()).isEqualTo("Cumming");
        assertThat(all(div, "supplied")).extracting(Node::getTextContent).containsExactly("of");
        assertThat(all(div, "supplied").get(0).getPreviousSibling().getTextContent()).endsWith("receive text to ");
        assertThat(lastElement(div).getLocalName()).isEqualTo("closer");
    }

    @Test
    void inAVolumeTheFootnoteIdIsPrefixedWithTheDocumentsId() throws Exception {
        Document inVolume = TeiXml.parse(write(new VolumeDocumentDraft("d7", "7", null, draft, List.of())));
        Element d7 = TeiXml.byId(inVolume, "d7");
        assertThat(d7.getAttribute("n")).isEqualTo("7");
        assertThat(xmlId(TeiXml.byId(inVolume, "d7fn1"))).isEqualTo("d7fn1");
    }

    private static Element firstElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    private static Element lastElement(Element parent) {
        for (Node n = parent.getLastChild(); n != null; n = n.getPreviousSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }
}
