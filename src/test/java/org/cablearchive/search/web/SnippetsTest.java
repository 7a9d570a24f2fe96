package org.cablearchive.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Snippets that help: none for a number alone, paragraphs kept apart. */
class SnippetsTest {

    @Test
    void aPassageOfNumbersAloneIsNotShown() {
        assertThat(Snippets.shown("1754.")).isNull();
        assertThat(Snippets.shown("<em>1754</em>.")).isNull();
        assertThat(Snippets.shown("A–71.")).isNull();
        assertThat(Snippets.shown(null)).isNull();
    }

    @Test
    void aHeadingDoesNotRunIntoTheTextAfterIt() {
        String shown = Snippets.shown("Subject: Draft Telegram to USUN\n\nThe telegram to <em>USUN</em> which we");
        assertThat(shown).isEqualTo("Subject: Draft Telegram to USUN <span class=\"hit__break\" aria-hidden=\"true\">¶</span> "
                + "The telegram to <em>USUN</em> which we");
    }
}
