package org.cablearchive.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.cablearchive.editorial.WordDiff.Run;
import org.cablearchive.editorial.WordDiff.Run.Kind;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void aReplacedWordIsShownNewBeforeOldBetweenTheWordsKept() {
        assertThat(WordDiff.of("The Embassy received it today and replied.", "The Embassy received it yesterday and replied."))
                .extracting(Run::kind, Run::text).containsExactly(
                        tuple(Kind.KEPT, "The Embassy received it "),
                        tuple(Kind.INSERTED, "yesterday "),
                        tuple(Kind.REMOVED, "today "),
                        tuple(Kind.KEPT, "and replied."));
    }

    @Test
    void wordsAddedAndRemovedAreRunsOfTheirOwn() {
        assertThat(WordDiff.of("Sent Department 412.", "Sent Department 412, repeated London 87."))
                .extracting(Run::kind, Run::text).containsExactly(
                        tuple(Kind.KEPT, "Sent Department "),
                        tuple(Kind.INSERTED, "412, repeated London 87."),
                        tuple(Kind.REMOVED, "412."));
        assertThat(WordDiff.of("a b c d", "a d")).extracting(Run::kind, Run::text)
                .containsExactly(tuple(Kind.KEPT, "a "), tuple(Kind.REMOVED, "b c "), tuple(Kind.KEPT, "d"));
        assertThat(WordDiff.of(null, "new text")).extracting(Run::kind, Run::text)
                .containsExactly(tuple(Kind.INSERTED, "new text"));
        assertThat(WordDiff.of("old text", "")).extracting(Run::kind, Run::text)
                .containsExactly(tuple(Kind.REMOVED, "old text"));
        assertThat(WordDiff.of("", "")).isEmpty();
    }

    @Test
    void whiteSpaceAloneChangesNothingAndTheNewTextsSpacingIsKept() {
        String before = "First paragraph.\n\nSecond  paragraph.";
        String after = "First paragraph.\nSecond paragraph.";
        assertThat(WordDiff.same(before, after)).isTrue();
        assertThat(WordDiff.of(before, after)).extracting(Run::kind, Run::text)
                .containsExactly(tuple(Kind.KEPT, after));
        assertThat(WordDiff.same("one two", "one three")).isFalse();
    }

    @Test
    void twoLongTextsThatShareLittleAreComparedWholeAndPutTogetherAgain() {
        String before = IntStream.range(0, 20_000).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
        String after = IntStream.range(0, 20_000).mapToObj(i -> i % 7 == 0 ? "w" + i : "v" + i).collect(Collectors.joining(" "));
        List<Run> runs = WordDiff.of(before, after);
        assertThat(runs.stream().filter(r -> r.kind() != Kind.REMOVED).map(Run::text).collect(Collectors.joining()))
                .isEqualTo(after);
        assertThat(runs.stream().filter(r -> r.kind() != Kind.INSERTED).map(Run::text).map(String::strip)
                .collect(Collectors.joining(" "))).isEqualTo(before);
        assertThat(runs.stream().filter(r -> r.kind() == Kind.KEPT).count()).isEqualTo(20_000 / 7 + 1);
    }
}
