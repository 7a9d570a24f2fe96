package org.cablearchive.publishing.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cablearchive.records.DocumentDate;
import org.junit.jupiter.api.Test;

class CitationDateTest {

    @Test
    void keepsThePrecisionTheSourceGives() {
        assertThat(CitationDate.parts(DocumentDate.parse("1951-10-15"))).isEqualTo(List.of(List.of(1951, 10, 15)));
        assertThat(CitationDate.parts(DocumentDate.parse("1951-10"))).isEqualTo(List.of(List.of(1951, 10)));
        assertThat(CitationDate.parts(DocumentDate.parse("1951"))).isEqualTo(List.of(List.of(1951)));
        assertThat(CitationDate.parts(DocumentDate.parse("1969-06-18T00:31:00Z"))).isEqualTo(List.of(List.of(1969, 6, 18)));
        assertThat(CitationDate.parts(DocumentDate.parse("1951-10-15/1951-11"))).isEqualTo(List.of(List.of(1951, 10, 15), List.of(1951, 11)));
        assertThat(CitationDate.parts(DocumentDate.UNDATED)).isEmpty();
    }

    @Test
    void writesEachFormatsForm() {
        DocumentDate moment = DocumentDate.parse("1951-04-07T15:00:00");
        assertThat(CitationDate.phrase(moment)).isEqualTo("April 7, 1951");
        assertThat(CitationDate.iso(moment)).isEqualTo("1951-04-07");
        assertThat(CitationDate.slashed(moment)).isEqualTo("1951/04/07");
        assertThat(CitationDate.ris(moment)).isEqualTo("1951/04/07/");
        assertThat(CitationDate.ris(DocumentDate.parse("1951-10"))).isEqualTo("1951/10//");
        assertThat(CitationDate.ris(DocumentDate.parse("1951"))).isEqualTo("1951///");
        DocumentDate range = DocumentDate.parse("1951-10-15/1951-10-17");
        assertThat(CitationDate.iso(range)).isEqualTo("1951-10-15/1951-10-17");
        assertThat(CitationDate.ris(range)).isEqualTo("1951/10/15/" + range.display());
        assertThat(CitationDate.phrase(DocumentDate.UNDATED)).isNull();
        assertThat(CitationDate.ris(DocumentDate.UNDATED)).isNull();
    }
}
