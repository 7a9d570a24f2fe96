package org.cablearchive.researchers.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A saved search reads as words, not as its query string. */
class SearchDescriptionTest {

    @Test
    void wordsFiltersDatesAndOrderInWords() {
        assertThat(SearchDescription.of("q=Sov+Govt&type=TELEGRAM&classification=TOP_SECRET&from=1951&to=1952-03&sort=date"))
                .isEqualTo("“Sov Govt” · Type: Telegram · Classification: Top secret · Dates: 1951 – 1952-03 · by date");
    }

    @Test
    void nothingIsEverything() {
        assertThat(SearchDescription.of("")).isEqualTo("Everything");
        assertThat(SearchDescription.of("page=2")).isEqualTo("Everything");
    }
}
