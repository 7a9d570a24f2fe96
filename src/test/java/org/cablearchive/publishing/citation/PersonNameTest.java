package org.cablearchive.publishing.citation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void splitsAPrintedNameIntoGivenAndFamily() {
        assertThat(PersonName.parse("John P. Glennon")).isEqualTo(new PersonName("John P.", "Glennon", null));
        assertThat(PersonName.parse(" Harriet  Dashiell Schwar ")).isEqualTo(new PersonName("Harriet Dashiell", "Schwar", null));
        assertThat(PersonName.parse("John P. Glennon").inverted()).isEqualTo("Glennon, John P.");
    }

    @Test
    void aNameAloneIsTheFamilyName() {
        assertThat(PersonName.parse("Cumming")).isEqualTo(new PersonName(null, "Cumming", null));
        assertThat(PersonName.parse("Cumming").inverted()).isEqualTo("Cumming");
    }

    @Test
    void keepsASuffixApart() {
        assertThat(PersonName.parse("David S. Patterson, Jr.")).isEqualTo(new PersonName("David S.", "Patterson", "Jr."));
        assertThat(PersonName.parse("Foy D. Kohler III")).isEqualTo(new PersonName("Foy D.", "Kohler", "III"));
        assertThat(PersonName.parse("David S. Patterson, Jr.").inverted()).isEqualTo("Patterson, Jr., David S.");
    }
}
