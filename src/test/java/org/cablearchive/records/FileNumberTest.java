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
            "320/12–3150       | 320       | 1950-12-31"})
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
    void refusesAnEmptyFileNumber() {
        assertThatThrownBy(() -> FileNumber.parse("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(FileNumber.parseOptional(" ")).isEmpty();
    }
}
