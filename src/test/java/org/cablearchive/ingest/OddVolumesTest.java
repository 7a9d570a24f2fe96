package org.cablearchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cablearchive.ingest.volumes.VolumeImporter;
import org.cablearchive.testing.ArchiveTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * None refused: small synthetic volumes in the odd forms a real FRUS volume of any era can have, each imported into
 * the archive (through every rule of the database) and round-tripped by the {@code verify-roundtrip} command.
 */
@ArchiveTest
class OddVolumesTest {

    private static final String OPEN = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" "
            + "xmlns:frus=\"http://history.state.gov/frus/ns/1.0\"><teiHeader><fileDesc><titleStmt><title type=\"complete\">"
            + "Odd volume</title></titleStmt><publicationStmt><publisher>Office of the Historian</publisher>"
            + "<idno type=\"frus\">%s</idno></publicationStmt><sourceDesc><p>Synthetic</p></sourceDesc></fileDesc>"
            + "</teiHeader>\n<text>\n";

    /** The odd forms, each a volume of its own: its id, and its {@code <text>} content. */
    private static final Map<String, String> FORMS = new LinkedHashMap<>();

    static {
        FORMS.put("odd-no-chapters", "<body>\n<div type=\"document\" xml:id=\"d1\" n=\"1\"><head>1. Telegram From the "
                + "<gloss type=\"from\">Embassy in Iran</gloss> to the <gloss type=\"to\">Department of State</gloss></head>"
                + "<p>Directly under the body.</p></div>\n<pb n=\"2\" xml:id=\"pg_2\"/>\n"
                + "<div type=\"document\" xml:id=\"d2\" n=\"2\"><head>2. Editorial Note</head><p>Also.</p></div>\n</body>");
        FORMS.put("odd-nested", "<body><div type=\"chapter\" xml:id=\"ch1\" n=\"I\"><head>Europe</head>"
                + "<div type=\"subchapter\" xml:id=\"ch1a\"><head>France</head>"
                + "<div type=\"compilation\" xml:id=\"comp1\"><head>Talks</head>"
                + "<div type=\"document\" xml:id=\"d1\" n=\"1\"><head>1. Memorandum of Conversation</head>"
                + "<list type=\"participants\"><head>PARTICIPANTS</head><item>The Secretary</item><item>Ambassador Alphand"
                + "</item></list><p>Talk.</p></div></div></div>"
                + "<div type=\"subchapter\" xml:id=\"ch1b\"><head>Italy</head><p>(See volume VIII.)</p>"
                + "<div type=\"document\" xml:id=\"d2\" n=\"2\"><head>2. Letter</head><p>Text.</p></div></div></div></body>");
        FORMS.put("odd-bare-documents", "<body><div type=\"chapter\" xml:id=\"ch1\"><head>One</head>"
                // no date, no head, no page break
                + "<div type=\"document\" xml:id=\"d1\" n=\"1\"><p>A document with no head, date or page.</p></div>"
                // empty
                + "<div type=\"document\" xml:id=\"d2\" n=\"2\"/>"
                + "<div type=\"document\" xml:id=\"d3\" n=\"3\"><head>3. Withheld</head></div>"
                // a subtype nobody knows, and a date only as frus:doc-dateTime-min
                + "<div type=\"document\" xml:id=\"d4\" n=\"4\" subtype=\"holograph-fragment\" "
                + "frus:doc-dateTime-min=\"1917-03-01T00:00:00-05:00\"><head>4. Compilation of notes</head><p>Undated "
                + "fragments.</p></div></div></body>");
        FORMS.put("odd-pages", "<front><div xml:id=\"preface\"><pb n=\"[I]\" xml:id=\"pg_I\"/><head>Preface</head><p>P."
                + "</p></div></front>\n<body><pb n=\"xii\" xml:id=\"pg_xii\"/>"
                + "<div type=\"document\" xml:id=\"d1\" n=\"1\"><head>1. Note</head><p>a <pb n=\"xiii\" xml:id=\"pg_xiii\"/>b"
                + "</p></div><div type=\"document\" xml:id=\"d2\" n=\"2\"><pb n=\"1\" xml:id=\"pg_1\"/><head>2. Telegram</head>"
                + "<p>c <pb n=\"[2]\" xml:id=\"pg_2\"/>d <pb n=\"3a\" xml:id=\"pg_3a\"/>e</p></div>"
                + "<div type=\"document\" xml:id=\"d3\" n=\"3\"><head>3. Telegram</head><p>f <pb n=\"9\" xml:id=\"pg_9\"/>g "
                + "<pb n=\"4\" xml:id=\"pg_4\"/>h</p></div></body>");
    }

    @Autowired
    RoundTripCommand command;

    @Autowired
    VolumeImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private static String volume(String id) {
        return OPEN.formatted(id) + FORMS.get(id) + "\n</text></TEI>";
    }

    @Test
    void everyOddFormImportsAndComesBackIdentical(@TempDir Path folder) throws Exception {
        for (String id : FORMS.keySet()) {
            Files.writeString(folder.resolve(id + ".xml"), volume(id));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = command.run(List.of(folder.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isZero();
        for (String id : FORMS.keySet()) {
            assertThat(printed).contains(id + ": identical");
        }
        assertThat(printed).contains(FORMS.size() + " of " + FORMS.size() + " volumes identical");
    }

    @Test
    void noneIsRefusedAndTheWarningsNameTheDocument() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            Map<String, VolumeImporter.Result> results = new LinkedHashMap<>();
            for (String id : FORMS.keySet()) {
                results.put(id, importer.importVolume(new ByteArrayInputStream(volume(id).getBytes(StandardCharsets.UTF_8)),
                        id, new VolumeImporter.Options(false, true), VolumeImporter.Progress.NONE, "test"));
            }
            assertThat(results.get("odd-no-chapters").documents()).isEqualTo(2);
            assertThat(results.get("odd-nested").documents()).isEqualTo(2);
            assertThat(results.get("odd-bare-documents").documents()).isEqualTo(4);
            assertThat(results.get("odd-pages").documents()).isEqualTo(3);

            assertThat(results.get("odd-bare-documents").warnings())
                    .anySatisfy(w -> assertThat(w).startsWith("d2").contains("no text"))
                    .anySatisfy(w -> assertThat(w).startsWith("d3").contains("no text"));
            assertThat(results.get("odd-pages").warnings())
                    .anySatisfy(w -> assertThat(w).startsWith("d2 (line").contains("3a"))
                    .anySatisfy(w -> assertThat(w).startsWith("d3 (line").contains("do not run forward"));

            assertThat(jdbc.sql("select date_value from document where volume_id = 'odd-bare-documents' and xml_id = 'd4'")
                    .query(String.class).single()).startsWith("1917-03-01");
            assertThat(jdbc.sql("select title from document where volume_id = 'odd-bare-documents' and xml_id = 'd1'")
                    .query(String.class).single()).isEqualTo("[Untitled]");
            assertThat(jdbc.sql("select participants from document where volume_id = 'odd-nested' and xml_id = 'd1'")
                    .query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).single())
                    .containsExactly("The Secretary", "Ambassador Alphand");
            assertThat(jdbc.sql("select xml_id || ' ' || coalesce(page_first, '-') || ' ' || coalesce(page_last, '-') "
                    + "from document where volume_id = 'odd-pages' order by position_in_volume").query(String.class).list())
                    .containsExactly("d1 xii xiii", "d2 1 3a", "d3 4 9");
        });
    }
}
