package org.cablearchive.publishing.citation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LaTeXTest {

    @Test
    void escapesWhatTeXTreatsSpecially() {
        assertThat(LaTeX.escape("50% & {braces} #1 $2 a_b ~ ^ \\"))
                .isEqualTo("50\\% \\& \\{braces\\} \\#1 \\$2 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{}");
    }

    @Test
    void writesAccentedLettersAsTeXAccents() {
        assertThat(LaTeX.escape("Chargé d’Affaires")).isEqualTo("Charg{\\'e} d'Affaires");
        assertThat(LaTeX.escape("Français, Müller, Ñuñez, Dvořák, Łódź, Straße, naïve"))
                .isEqualTo("Fran{\\c{c}}ais, M{\\\"u}ller, {\\~N}u{\\~n}ez, Dvo{\\v{r}}{\\'a}k, {\\L}{\\'o}d{\\'z}, Stra{\\ss}e, na{\\\"\\i}ve");
    }

    @Test
    void writesDashesAndCurlyQuotesAsTeXLigatures() {
        assertThat(LaTeX.escape("611.61/10–1551 — “unpleasantnesses”")).isEqualTo("611.61/10--1551 --- ``unpleasantnesses''");
    }

    @Test
    void leavesWhatHasNoTeXFormAsItIs() {
        assertThat(LaTeX.escape("Москва")).isEqualTo("Москва");
    }

    @Test
    void keepsAUrlVerbatimButForWhatWouldBreakTheValue() {
        assertThat(LaTeX.escapeUrl("https://a.example/x%20y_{z}")).isEqualTo("https://a.example/x%20y_%7Bz%7D");
    }
}
