package org.cablearchive.records.tei.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {

    /** A date printed without its year takes the citing document's year, or the year before for a later month. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "May 5         | 1949-07-25 | 1949-05-05",
        "July 30       | 1949-07-25 | 1949-07-30",
        "December 28   | 1950-01-05 | 1949-12-28",
        "Aug 2         | 1949-07-25 | 1948-08-02",
        "February 29   | 1953-03-01 | ",
        "May 5, 1947   | 1949-07-25 | 1947-05-05"})
    void aDateWithoutAYearTakesTheCitingDocumentsYear(String printed, LocalDate context, LocalDate expected) {
        Dates.MonthDay md = Dates.monthDayAt(printed, 0);
        assertThat(md).isNotNull();
        assertThat(md.resolve(context)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Urtel 88, May 5. Fon Off agrees. | 1949-07-25 | 1949-05-05",
        "Re Deptel 1021, December 14.     | 1952-01-10 | 1951-12-14"})
    void referencesWithoutAYear(String text, LocalDate context, LocalDate expected) {
        assertThat(TelegramShorthand.find(text, context)).singleElement()
                .satisfies(f -> assertThat(f.date()).isEqualTo(expected));
    }
}
