package org.cablearchive.records.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cablearchive.records.ReferenceKind;
import org.cablearchive.records.domain.TelegramMatcher.Citing;
import org.cablearchive.records.domain.TelegramMatcher.Telegram;
import org.junit.jupiter.api.Test;

class TelegramMatcherTest {

    private static final LocalDate OCT15 = LocalDate.of(1951, 10, 15);
    private static final Telegram MOSCOW_634 = new Telegram("moscow-634", "634", OCT15, OCT15, "Moscow", "The Chargé in the Soviet Union (Cumming)");
    private static final Telegram DEPT_634 = new Telegram("dept-634", "634", OCT15, OCT15, "Washington", "The Secretary of State");
    private static final Telegram PARIS_634 = new Telegram("paris-634", "634", OCT15, OCT15, "Paris", "The Ambassador in France (Bruce)");
    private static final Citing FROM_MOSCOW = new Citing("moscow-639", LocalDate.of(1951, 10, 16), "Moscow", "The Chargé in the Soviet Union (Cumming)");
    private static final Citing FROM_DEPARTMENT = new Citing("dept-700", LocalDate.of(1951, 10, 17), "Washington", "The Secretary of State");

    private static String match(ReferenceKind kind, LocalDate date, Citing citing, Telegram... telegrams) {
        return TelegramMatcher.match(kind, "634", date, citing, List.of(telegrams));
    }

    @Test
    void anEmbtelFromAPostIsThatPostsOwnTelegram() {
        assertThat(match(ReferenceKind.EMBTEL, OCT15, FROM_MOSCOW, MOSCOW_634, DEPT_634, PARIS_634)).isEqualTo("moscow-634");
        assertThat(match(ReferenceKind.EMBTEL, OCT15, FROM_MOSCOW, PARIS_634)).isNull();
    }

    @Test
    void aDeptelComesFromTheDepartment() {
        assertThat(match(ReferenceKind.DEPTEL, OCT15, FROM_MOSCOW, MOSCOW_634, DEPT_634)).isEqualTo("dept-634");
        assertThat(match(ReferenceKind.DEPTEL, OCT15, FROM_MOSCOW, MOSCOW_634)).isNull();
    }

    @Test
    void urtelIsTheOtherSidesTelegramAndMytelOnesOwn() {
        assertThat(match(ReferenceKind.URTEL, OCT15, FROM_DEPARTMENT, MOSCOW_634, DEPT_634)).isEqualTo("moscow-634");
        assertThat(match(ReferenceKind.URTEL, OCT15, FROM_MOSCOW, MOSCOW_634, DEPT_634)).isEqualTo("dept-634");
        assertThat(match(ReferenceKind.MYTEL, OCT15, FROM_MOSCOW, MOSCOW_634, DEPT_634, PARIS_634)).isEqualTo("moscow-634");
    }

    @Test
    void twoThatFitAreAGuessAndNoneIsTaken() {
        assertThat(match(ReferenceKind.EMBTEL, OCT15, FROM_DEPARTMENT, MOSCOW_634, PARIS_634)).isNull();
        assertThat(match(ReferenceKind.REFTEL, OCT15, FROM_MOSCOW, MOSCOW_634, DEPT_634)).isNull();
        assertThat(match(ReferenceKind.REFTEL, OCT15, FROM_MOSCOW, MOSCOW_634)).isEqualTo("moscow-634");
    }

    @Test
    void withoutAPrintedDateTheYearBeforeTheCitingDocumentCounts() {
        assertThat(match(ReferenceKind.EMBTEL, null, FROM_MOSCOW, MOSCOW_634)).isEqualTo("moscow-634");
        Citing twoYearsLater = new Citing("later", LocalDate.of(1953, 10, 16), "Moscow", null);
        assertThat(match(ReferenceKind.EMBTEL, null, twoYearsLater, MOSCOW_634)).isNull();
        Citing undated = new Citing("undated", null, "Moscow", null);
        assertThat(match(ReferenceKind.EMBTEL, null, undated, MOSCOW_634)).isNull();
        assertThat(match(ReferenceKind.EMBTEL, LocalDate.of(1951, 10, 14), FROM_MOSCOW, MOSCOW_634)).as("another day").isNull();
    }

    @Test
    void amongSeveralThatFitTheOneInTheCitingVolumeIsTaken() {
        Telegram inVolume = new Telegram("v1-d63", "634", OCT15, OCT15, "Moscow", "The Chargé", "v1");
        Telegram elsewhere = new Telegram("v2-d63", "634", OCT15, OCT15, "Moscow", "The Chargé", "v2");
        Citing citing = new Citing("v1-d66", LocalDate.of(1951, 10, 16), "Moscow", "The Chargé", "v1");
        assertThat(TelegramMatcher.match(ReferenceKind.EMBTEL, "634", OCT15, citing, List.of(inVolume, elsewhere))).isEqualTo("v1-d63");
        Citing fromThirdVolume = new Citing("v3-d1", LocalDate.of(1951, 10, 16), "Moscow", "The Chargé", "v3");
        assertThat(TelegramMatcher.match(ReferenceKind.EMBTEL, "634", OCT15, fromThirdVolume, List.of(inVolume, elsewhere))).isNull();
    }
}
