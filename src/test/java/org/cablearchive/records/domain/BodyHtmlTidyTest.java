package org.cablearchive.records.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A TEI dateline's pretty-printing does not leave a space before its comma or after its bracket. */
class BodyHtmlTidyTest {

    @Test
    void noSpaceBeforeTheCommaAfterAPlaceName() {
        assertThat(BodyHtml.tidy("<p class=\"dateline\"><span class=\"place\">\n  <span class=\"smallcaps\">Washington</span>\n  </span>, "
                + "<span>March 21, 1951</span>.</p>"))
                .isEqualTo("<p class=\"dateline\"><span class=\"place\">\n  <span class=\"smallcaps\">Washington</span></span>, "
                        + "<span>March 21, 1951</span>.</p>");
    }

    @Test
    void noSpaceAfterAnOpeningBracket() {
        assertThat(BodyHtml.tidy("[<span class=\"place\">\n <span class=\"smallcaps\">Washington</span>\n</span>,]"))
                .isEqualTo("[<span class=\"place\"><span class=\"smallcaps\">Washington</span></span>,]");
    }

    @Test
    void spacesBetweenWordsStay() {
        assertThat(BodyHtml.tidy("<em>word </em>next, <span>a</span> b.")).isEqualTo("<em>word </em>next, <span>a</span> b.");
    }
}
