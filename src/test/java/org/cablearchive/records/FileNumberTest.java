package org.cablearchive.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNumberTest {

    @Test
    void readsTheSeedDecimalFileNumberWithItsDate() {
        FileNumber f = FileNumber.parse("611.61/10–1551");
        assertThat(f.kind()).isEqualTo(FileNumber.Kind.DECIMAL);
        assertThat(f.subject()).isEqualTo("611.61");
        assertThat(f.date()).isEqualTo(LocalDate.of(1951, 10, 15));
        assertThat(f.text()).isEqualTo("611.61/10–1551");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "794A.5/1–351      | 794A.5    | 1951-01-03",
            "793.00/8–1551     | 793.00    | 1951-08-15",
            "110.15 RU/5–2151  | 110.15 RU | 1951-05-21",
            "611.61/10-1551    | 611.61    | 1951-10-15",
            "320/12–3150       | 320       | 1950-12-31",
            "611.61 Kirk/10–2051 | 611.61 Kirk | 1951-10-20",
            "795.00 (Korea)/6–2551 | 795.00 (Korea) | 1951-06-25",
            "761.00R/1–249     | 761.00R   | 1949-01-02",
            "740.0011 EW (Peace)/3–1545 | 740.0011 EW (Peace) | 1945-03-15",
            "794a.5/1–351      | 794a.5    | 1951-01-03",
            "751K.5-MSP/9-2861 | 751K.5-MSP | 1961-09-28",
            "501.BC Indonesia/2–249 | 501.BC Indonesia | 1949-02-02",
            "033.1100 NI/11–2753 | 033.1100 NI | 1953-11-27"})
    void readsDecimalFilesInTheirPrintedVariants(String printed, String subject, LocalDate date) {
        FileNumber f = FileNumber.parse(printed);
        assertThat(f.kind()).isEqualTo(FileNumber.Kind.DECIMAL);
        assertThat(f.subject()).isEqualTo(subject);
        assertThat(f.date()).isEqualTo(date);
        assertThat(f.text()).isEqualTo(printed.strip());
    }

    @Test
    void keepsAnImpossibleDateOutButTheNumberIn() {
        FileNumber f = FileNumber.parse("611.61/13–4051");
        assertThat(f.kind()).isEqualTo(FileNumber.Kind.DECIMAL);
        assertThat(f.subject()).isEqualTo("611.61");
        assertThat(f.filedOn()).isEmpty();
    }

    @Test
    void keepsLotFilesAndOtherFormsVerbatim() {
        assertThat(FileNumber.parse("S/P Files: Lot 64 D 563").kind()).isEqualTo(FileNumber.Kind.LOT);
        FileNumber other = FileNumber.parse("INR–NIE Flies");
        assertThat(other.kind()).isEqualTo(FileNumber.Kind.OTHER);
        assertThat(other.text()).isEqualTo("INR–NIE Flies");
        assertThat(other.subject()).isNull();
    }

    @Test
    void oldSerialFilesKeepTheirSubjectWithoutADate() {
        FileNumber f = FileNumber.parse("103.93/644");
        assertThat(f.kind()).isEqualTo(FileNumber.Kind.DECIMAL);
        assertThat(f.subject()).isEqualTo("103.93");
        assertThat(f.date()).isNull();
        assertThat(f.dated()).isFalse();
        assertThat(FileNumber.parse("611.61/10–1551").dated()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "POL 27 VIET S | POL 27 VIET S",
            "POL JAPAN–US  | POL JAPAN–US",
            "National Archives, RG 59, Central Files 1967–69, POL 27 VIET S | POL 27 VIET S",
            "Department of State, Central Files, POL 7 US/NIXON | POL 7 US/NIXON",
            "DEF 12-5 VIET S | DEF 12-5 VIET S"})
    void subjectNumericFilesKeepTheirSubject(String printed, String subject) {
        FileNumber f = FileNumber.parse(printed);
        assertThat(f.kind()).isEqualTo(FileNumber.Kind.SUBJECT_NUMERIC);
        assertThat(f.subject()).isEqualTo(subject);
        assertThat(f.text()).isEqualTo(printed);
        assertThat(f.date()).isNull();
    }

    @Test
    void aCitationEndingInADecimalFileGivesItsSubjectAndDate() {
        FileNumber f = FileNumber.parse("Department of State, Central Files, 611.93/10–555");
        assertThat(f.kind()).isEqualTo(FileNumber.Kind.DECIMAL);
        assertThat(f.subject()).isEqualTo("611.93");
        assertThat(f.date()).isEqualTo(LocalDate.of(1955, 10, 5));
    }

    @Test
    void refusesAnEmptyFileNumber() {
        assertThatThrownBy(() -> FileNumber.parse("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(FileNumber.parseOptional(" ")).isEmpty();
    }
}
