package org.cablearchive.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DocumentDateTest {

    @Test
    void aDayCoversItself() {
        DocumentDate d = DocumentDate.parse("1951-10-15");
        assertThat(d.precision()).isEqualTo(DocumentDate.Precision.DAY);
        assertThat(d.earliest()).isEqualTo(d.latest()).isEqualTo(LocalDate.of(1951, 10, 15));
        assertThat(d.display()).isEqualTo("October 15, 1951");
    }

    @Test
    void momentsKeepTheirZoneOrLackOfOne() {
        assertThat(DocumentDate.parse("1951-05-21T15:00:00").precision()).isEqualTo(DocumentDate.Precision.TIME);
        assertThat(DocumentDate.parse("1969-06-18T00:31:00Z").display()).isEqualTo("June 18, 1969, 00:31 UTC");
        assertThat(DocumentDate.parse("1946-02-22T21:00:00+03:00").earliest()).isEqualTo(LocalDate.of(1946, 2, 22));
    }

    @Test
    void monthsYearsAndRangesSpanTheirDays() {
        DocumentDate month = DocumentDate.parse("1952-02");
        assertThat(month.earliest()).isEqualTo(LocalDate.of(1952, 2, 1));
        assertThat(month.latest()).isEqualTo(LocalDate.of(1952, 2, 29));
        DocumentDate range = DocumentDate.parse("1951-10-15/1951-10-17");
        assertThat(range.precision()).isEqualTo(DocumentDate.Precision.RANGE);
        assertThat(range.latest()).isEqualTo(LocalDate.of(1951, 10, 17));
        assertThat(DocumentDate.parse("1951").latest()).isEqualTo(LocalDate.of(1951, 12, 31));
    }

    @Test
    void undatedHasNoDays() {
        assertThat(DocumentDate.UNDATED.isUndated()).isTrue();
        assertThat(DocumentDate.parse(" ").isUndated()).isTrue();
        assertThat(DocumentDate.UNDATED.earliest()).isNull();
        assertThat(DocumentDate.UNDATED.display()).isEqualTo("Undated");
    }

    @Test
    void refusesWhatIsNotADateWithAReadableMessage() {
        assertThatThrownBy(() -> DocumentDate.parse("15 October 1951"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1951-10-15");
        assertThatThrownBy(() -> DocumentDate.parse("1951-10-17/1951-10-15"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends before it begins");
        assertThatThrownBy(() -> DocumentDate.parse("1951-02-30")).isInstanceOf(IllegalArgumentException.class);
    }
}
