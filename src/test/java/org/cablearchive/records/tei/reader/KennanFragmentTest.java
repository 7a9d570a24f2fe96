package org.cablearchive.records.tei.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cablearchive.records.Classification;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.Party;
import org.cablearchive.records.VolumeDocumentDraft;
import org.junit.jupiter.api.Test;

/** The Long Telegram in the post-2017 encoding: wrapped it imports; bare (undeclared frus:) it is refused clearly. */
class KennanFragmentTest {

    @Test
    void theWrappedFragmentImportsAsOneDocument() {
        CollectingSink sink = Fixtures.read(Fixtures.FRUS.resolve("fragments/kennan-frus1946v06-d475.wrapped.xml"),
                "kennan-frus1946v06-d475.wrapped");
        assertThat(sink.volumes).singleElement().satisfies(v -> {
            assertThat(v.id()).isEqualTo("frus1946v06-fragment"); // no teiHeader: the root's xml:id
            assertThat(v.title()).isNull();
        });
        assertThat(sink.warnings).anyMatch(w -> w.startsWith("The file has no teiHeader"));
        assertThat(sink.chapters).isEmpty();
        VolumeDocumentDraft doc = sink.documents.get(0);
        assertThat(sink.documents).hasSize(1);
        assertThat(doc.xmlId()).isEqualTo("d475");
        assertThat(doc.number()).isEqualTo("475");
        assertThat(doc.chapterXmlId()).isNull();
        DocumentDraft d = doc.draft();
        assertThat(d.type()).isEqualTo(DocumentType.TELEGRAM);
        assertThat(d.title()).isEqualTo("The Chargé in the Soviet Union (Kennan) to the Secretary of State");
        assertThat(d.sourceNote()).isEqualTo("861.00/2–2246: Telegram");
        assertThat(d.fileNumber()).isEqualTo("861.00/2–2246");
        assertThat(d.classification()).isEqualTo(Classification.SECRET);
        assertThat(d.telegramNumber()).isEqualTo("511");
        // frus:doc-dateTime-min = max: that moment (the dateline says the same at +03:00)
        assertThat(d.date().iso()).isEqualTo("1946-02-22T13:00:00-05:00");
        assertThat(d.place()).isEqualTo("Moscow");
        assertThat(d.sender()).isEqualTo(new Party("Chargé in the Soviet Union", "Kennan"));
        assertThat(d.recipient()).isEqualTo(new Party("Secretary of State", null));
        assertThat(d.signature()).isEqualTo("Kennan");
        assertThat(d.footnotes()).extracting(f -> f.key()).startsWith("d475fn44");
        assertThat(d.pageStart()).isEqualTo(697); // no page break precedes the div: its pages are its own page breaks
        assertThat(d.pageEnd()).isEqualTo(709);
        assertThat(d.body().pageBreaks()).startsWith("697").endsWith("709");
        assertThat(d.body().plainText()).contains("511. Answer to Dept’s 284, Feb 3 [13]44 involves questions so intricate");
    }

    @Test
    void theBareFragmentIsRefusedNamingTheUndeclaredPrefix() {
        assertThatThrownBy(() -> Fixtures.read(Fixtures.FRUS.resolve("fragments/kennan-frus1946v06-d475.xml"),
                "kennan-frus1946v06-d475"))
                .isInstanceOf(TeiImportException.class)
                .hasMessageContaining("line 3, column 56")
                .hasMessageContaining("prefix \"frus\"")
                .hasMessageContaining("frus:doc-dateTime-min")
                .hasMessageContaining("xmlns:frus=\"http://history.state.gov/frus/ns/1.0\"");
    }
}
