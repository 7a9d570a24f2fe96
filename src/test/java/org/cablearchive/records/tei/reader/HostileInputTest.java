package org.cablearchive.records.tei.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What is not a FRUS volume, or is built to hurt, fails fast with a message a person can act on. */
class HostileInputTest {

    private static final String TEI_OPEN = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:id=\"v\">";
    private static final Duration FAST = Duration.ofSeconds(10);

    /** Generates bytes on the fly (nothing is stored) and counts how many the reader took. */
    private static final class Generated extends InputStream {
        private final long size;
        private final Random random = new Random(42);
        private final byte[] pattern;
        long served;

        Generated(long size, byte[] pattern) {
            this.size = size;
            this.pattern = pattern;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (served >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - served);
            if (pattern == null) {
                byte[] chunk = new byte[n];
                random.nextBytes(chunk);
                System.arraycopy(chunk, 0, b, off, n);
            } else {
                for (int i = 0; i < n; i++) {
                    b[off + i] = pattern[(int) ((served + i) % pattern.length)];
                }
            }
            served += n;
            return n;
        }
    }

    private static final long MB_200 = 200L * 1024 * 1024;

    private static void read(InputStream in) {
        new FrusTeiReader().read(in, "hostile", new CollectingSink());
    }

    private static void read(String xml) {
        read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void twoHundredMegabytesOfRandomBytesFailAtTheFirstBytes() {
        Generated junk = new Generated(MB_200, null);
        assertTimeoutPreemptively(FAST, () -> assertThatThrownBy(() -> read(junk))
                .isInstanceOf(TeiImportException.class).hasMessageContaining("not valid text"));
        assertThat(junk.served).as("bytes read before giving up").isLessThan(1024 * 1024);
    }

    @Test
    void twoHundredMegabytesOfTextFailAtTheFirstBytes() {
        Generated junk = new Generated(MB_200, "All work and no play. ".getBytes(StandardCharsets.US_ASCII));
        assertTimeoutPreemptively(FAST, () -> assertThatThrownBy(() -> read(junk))
                .isInstanceOf(TeiImportException.class)
                .hasMessageContaining("line 1, column 1").hasMessageContaining("not XML"));
        assertThat(junk.served).isLessThan(1024 * 1024);
    }

    @Test
    void anEndlessDocumentStopsAtTheSizeLimitNotAtTheEndOfTheStream() {
        InputStream head = new ByteArrayInputStream((TEI_OPEN + "<text><body><div type=\"document\" xml:id=\"d1\" n=\"1\"><p>")
                .getBytes(StandardCharsets.UTF_8));
        Generated text = new Generated(MB_200, "Embtel 634, October 15 &amp; more. ".getBytes(StandardCharsets.US_ASCII));
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThatThrownBy(() -> read(new SequenceInputStream(head, text)))
                .isInstanceOf(TeiImportException.class)
                .hasMessageContaining("Document d1").hasMessageContaining("20,000,000 characters"));
        assertThat(text.served).isLessThan(MB_200 / 4);
    }

    @Test
    void externalEntitiesAreRefusedWithoutReadingThem() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE TEI [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + TEI_OPEN
                + "<text><body><div type=\"document\" xml:id=\"d1\"><p>&xxe;</p></div></body></text></TEI>";
        assertThatThrownBy(() -> read(xxe)).isInstanceOf(TeiImportException.class)
                .hasMessageContaining("DTD").hasMessageContaining("XXE").hasMessageNotContaining("root:");
        String external = "<?xml version=\"1.0\"?><!DOCTYPE TEI SYSTEM \"http://127.0.0.1:9/tei.dtd\">" + TEI_OPEN + "</TEI>";
        assertTimeoutPreemptively(FAST, () -> assertThatThrownBy(() -> read(external))
                .isInstanceOf(TeiImportException.class).hasMessageContaining("DTD"));
    }

    @Test
    void billionLaughsAreRefusedFast() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE TEI [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String bomb = dtd + "]>" + TEI_OPEN + "<text><body><div type=\"document\"><p>&lol9;</p></div></body></text></TEI>";
        assertTimeoutPreemptively(FAST, () -> assertThatThrownBy(() -> read(bomb))
                .isInstanceOf(TeiImportException.class).hasMessageContaining("DTD").hasMessageContaining("billion laughs"));
    }

    @Test
    void undeclaredEntitiesNameTheProblem() {
        String xml = TEI_OPEN + "<text><body><div type=\"document\" xml:id=\"d1\"><p>a&nbsp;b</p></div></body></text></TEI>";
        assertThatThrownBy(() -> read(xml)).isInstanceOf(TeiImportException.class)
                .hasMessageContaining("line 1").hasMessageContaining("nbsp").hasMessageContaining("entities");
    }

    @Test
    void deepNestingIsRefused() {
        String deep = TEI_OPEN + "<text><body>" + "<div type=\"section\">".repeat(100_000);
        assertTimeoutPreemptively(FAST, () -> assertThatThrownBy(() -> read(deep))
                .isInstanceOf(TeiImportException.class).hasMessageContaining("deep"));
        String deepInDocument = TEI_OPEN + "<text><body><div type=\"document\" xml:id=\"d1\">" + "<hi>".repeat(100_000);
        assertTimeoutPreemptively(FAST, () -> assertThatThrownBy(() -> read(deepInDocument))
                .isInstanceOf(TeiImportException.class).hasMessageContaining("deep"));
    }

    @Test
    void notXmlAtAll() {
        assertThatThrownBy(() -> read("{\"volume\": \"frus1951v07p2\"}")).isInstanceOf(TeiImportException.class)
                .hasMessageContaining("line 1, column 1").hasMessageContaining("not XML");
        assertThatThrownBy(() -> read("")).isInstanceOf(TeiImportException.class).hasMessageContaining("not XML");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        assertThatThrownBy(() -> read(new ByteArrayInputStream(png))).isInstanceOf(TeiImportException.class)
                .hasMessageContaining("not valid text").hasMessageContaining("binary");
        byte[] latin1 = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text>Charg\u00e9</text></TEI>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> read(new ByteArrayInputStream(latin1))).isInstanceOf(TeiImportException.class)
                .hasMessageContaining("not valid text in the encoding it declares");
    }

    @Test
    void xmlThatIsNotTei() {
        assertThatThrownBy(() -> read("<html><body><p>Hello</p></body></html>")).isInstanceOf(TeiImportException.class)
                .hasMessageContaining("not a FRUS TEI volume").hasMessageContaining("<html>").hasMessageContaining("no namespace");
        assertThatThrownBy(() -> read("<TEI><text/></TEI>")).isInstanceOf(TeiImportException.class)
                .hasMessageContaining("<TEI> in no namespace");
        assertThatThrownBy(() -> read("<div xmlns=\"http://www.tei-c.org/ns/1.0\" type=\"document\"/>"))
                .isInstanceOf(TeiImportException.class).hasMessageContaining("wrapped in a TEI root");
    }

    @Test
    void teiWithoutDocuments() {
        String empty = TEI_OPEN + "<teiHeader/><text><front><div type=\"section\" xml:id=\"preface\"><p>Hi</p></div></front>"
                + "<body><div type=\"compilation\" xml:id=\"comp1\"><head>Nothing</head></div></body></text></TEI>";
        assertThatThrownBy(() -> read(empty)).isInstanceOf(TeiImportException.class)
                .hasMessageContaining("holds no documents");
    }

    @Test
    void brokenXmlInsideADocumentSaysWhere() {
        String broken = TEI_OPEN + "<text><body>\n<div type=\"document\" xml:id=\"d1\">\n<p>open <hi>never closed</p>\n</div></body></text></TEI>";
        assertThatThrownBy(() -> read(broken)).isInstanceOf(TeiImportException.class)
                .hasMessageContaining("line 3").hasMessageContaining("not well-formed");
    }

    @Test
    void aFailingStreamIsAnIoErrorNotAContentError() {
        InputStream failing = new SequenceInputStream(new ByteArrayInputStream((TEI_OPEN + "<text><body>")
                .getBytes(StandardCharsets.UTF_8)), new InputStream() {
                    @Override
                    public int read() throws java.io.IOException {
                        throw new java.io.IOException("connection reset");
                    }
                });
        assertThatThrownBy(() -> read(failing)).isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageContaining("connection reset");
    }
}
