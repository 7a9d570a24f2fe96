package org.cablearchive.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BodyTest {

    private static Body sample() {
        return Body.builder()
                .startParagraph().text("Re ").reference("xr1", "Embtel 634, October 15").text(". Following translation.")
                .endParagraph()
                .pageBreak("1043")
                .startParagraph().text("text to ").supplied("of").text(" this statement & more <tags>.").endParagraph()
                .startParagraph().text("empty argument relative ").pageBreak("1045").text("for example.").endParagraph()
                .startParagraph().text("between USA and Sov Union.").footnoteAnchor("fn1", "1")
                .text(" Then ").notDeclassified("1 paragraph (5 lines) not declassified").endParagraph()
                .build();
    }

    @Test
    void rendersThePlainTextFormWithPageMarkersAtTheirPlaces() {
        assertThat(sample().plainText()).isEqualTo("""
                Re Embtel 634, October 15. Following translation.

                [Page 1043]

                text to [of] this statement & more <tags>.

                empty argument relative [Page 1045] for example.

                between USA and Sov Union.1 Then [1 paragraph (5 lines) not declassified]""");
    }

    @Test
    void theReadingTextLeavesOutFootnoteMarksAndPageMarkers() {
        assertThat(sample().readingText()).isEqualTo("""
                Re Embtel 634, October 15. Following translation.

                text to [of] this statement & more <tags>.

                empty argument relative for example.

                between USA and Sov Union. Then [1 paragraph (5 lines) not declassified]""");
        Body year = Body.of("<body><p>on January 17<note n=\"2\" xml:id=\"fn2\"/>, 1951<note n=\"3\" xml:id=\"fn3\"/> it was</p></body>");
        assertThat(year.plainText()).isEqualTo("on January 172, 19513 it was");
        assertThat(year.readingText()).isEqualTo("on January 17, 1951 it was");
    }

    @Test
    void countsParagraphsPagesAndFootnoteAnchors() {
        Body body = sample();
        assertThat(body.paragraphCount()).isEqualTo(4);
        assertThat(body.pageBreaks()).containsExactly("1043", "1045");
        assertThat(body.footnoteAnchors()).containsExactly("fn1");
        assertThat(body.isBlank()).isFalse();
    }

    @Test
    void storedXmlReadsBackToTheSameBody() {
        Body body = sample();
        assertThat(Body.of(body.xml())).isEqualTo(body);
        assertThat(body.xml()).contains("<pb n=\"1045\"/>").contains("&amp; more &lt;tags&gt;");
    }

    @Test
    void foldsThePrettyPrintingOfTeiIntoSingleSpaces() {
        Body body = Body.of("<body>\n  <p>Verbatim\n     text   here.</p>\n  <p>Second <hi rend=\"italic\">one</hi>.</p>\n</body>");
        assertThat(body.plainText()).isEqualTo("Verbatim text here.\n\nSecond one.");
    }

    @Test
    void lineBreaksEndTheirLineWithoutTrailingSpaces() {
        Body body = Body.of("<body><p>Signed   <lb/>\n   Acheson <lb/> \t Secretary</p></body>");
        assertThat(body.plainText()).isEqualTo("Signed\nAcheson\nSecretary");
    }

    @Test
    void refusesWhatIsNotABody() {
        assertThatThrownBy(() -> Body.of("<div><p>x</p></div>")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("<body>");
        assertThatThrownBy(() -> Body.of("<body><p>x</body>")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("well-formed");
    }

    @Test
    void refusesDoctypesSoNoEntityCanBeExpanded() {
        String hostile = "<!DOCTYPE body [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><body><p>&x;</p></body>";
        assertThatThrownBy(() -> Body.of(hostile)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBodyOfPageBreaksAloneIsBlank() {
        assertThat(Body.builder().pageBreak("3").build().isBlank()).isTrue();
        assertThat(Body.EMPTY.plainText()).isEmpty();
    }
}
