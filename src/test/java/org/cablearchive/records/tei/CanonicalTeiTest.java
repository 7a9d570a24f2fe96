package org.cablearchive.records.tei;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the canonical comparison leaves aside and what it finds. */
class CanonicalTeiTest {

    private static final String A = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xmlns:frus=\"urn:f\"><text><body>"
            + "<div type=\"chapter\" xml:id=\"ch1\" n=\"1\"><head>One</head><p>a <hi rend=\"i\">b</hi> c</p>"
            + "<p frus:x=\"1\">d</p></div></body></text></TEI>";

    private static List<CanonicalTei.Difference> compare(String expected, String actual) {
        return CanonicalTei.differences(new ByteArrayInputStream(expected.getBytes(StandardCharsets.UTF_8)),
                new ByteArrayInputStream(actual.getBytes(StandardCharsets.UTF_8)), 5);
    }

    @Test
    void prefixesAttributeOrderWhiteSpaceAndCommentsAreLeftAside() {
        String b = "<?xml version=\"1.0\"?>\n<t:TEI xmlns:t=\"http://www.tei-c.org/ns/1.0\" xmlns:g=\"urn:f\">\n  <t:text>\n"
                + "<t:body><!-- c --><t:div n=\"1\" xml:id=\"ch1\" type=\"chapter\">\n  <t:head>One</t:head>\n"
                + "<t:p>a  <t:hi rend=\"i\">b</t:hi>\n c</t:p><t:p g:x=\"1\">d</t:p></t:div></t:body></t:text></t:TEI>";
        assertThat(compare(A, b)).isEmpty();
    }

    @Test
    void aChangedTextOrAttributeIsFoundWithItsPath() {
        List<CanonicalTei.Difference> d = compare(A, A.replace("<p>a <hi", "<p>A <hi").replace("n=\"1\"", "n=\"2\""));
        assertThat(d).extracting(CanonicalTei.Difference::path)
                .containsExactly("/TEI[1]/text[1]/body[1]/div[@xml:id='ch1']", "/TEI[1]/text[1]/body[1]/div[@xml:id='ch1']/p[1]");
        assertThat(d.get(1).expected()).isEqualTo("text \"a \"");
        assertThat(d.get(1).actual()).isEqualTo("text \"A \"");
    }

    @Test
    void aMissingElementEndsTheComparison() {
        List<CanonicalTei.Difference> d = compare(A, A.replace("<head>One</head>", ""));
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.expected()).isEqualTo("<{http://www.tei-c.org/ns/1.0}head>");
            assertThat(x.actual()).startsWith("<{http://www.tei-c.org/ns/1.0}p");
        });
        assertThat(compare(A, A.replace("</body>", "<p>more</p></body>"))).hasSize(1);
    }
}
