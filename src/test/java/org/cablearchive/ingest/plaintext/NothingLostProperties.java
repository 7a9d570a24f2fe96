package org.cablearchive.ingest.plaintext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cablearchive.records.Body;
import org.cablearchive.records.DocumentDraft;

/**
 * The nothing-lost rule: every word of the input lands in exactly one place of the reading, in order. Checked on
 * every test text, on mutations of them, on generated telegram-shaped texts and on arbitrary junk; none of them
 * may make the reader throw, except {@link UnreadableTextException} for blank or binary text.
 */
class NothingLostProperties {

    private static final PlainTextTelegramReader READER = new PlainTextTelegramReader();
    private static final Path TEXTS = Path.of("src", "test", "resources", "telegrams");
    private static final Path SEED = Path.of("..", "shared", "fixtures", "seed", "telegram-611.61-10-1551.txt");

    @Example
    void everyTestTextKeepsEveryWord() {
        for (String text : testTexts()) {
            assertNothingLost(text);
        }
    }

    @Property(tries = 300)
    void mutatedTestTextsKeepEveryWord(@ForAll("mutations") String text) {
        assertNothingLost(text);
    }

    @Property(tries = 1500)
    void generatedTelegramsKeepEveryWord(@ForAll("telegrams") String text) {
        assertNothingLost(text);
    }

    @Property(tries = 500)
    void junkNeverBreaksTheReader(@ForAll("junk") String text) {
        try {
            PlainTextReading reading = READER.read(text);
            checkReading(text, reading);
        } catch (UnreadableTextException e) {
            assertThat(text.isBlank() || text.indexOf('\0') >= 0 || mostlyControl(text) || onlySpaces(text))
                    .as("refused only when blank or binary: %s", e.getMessage()).isTrue();
        }
    }

    @Provide
    Arbitrary<String> telegrams() {
        return Arbitraries.longs().map(seed -> new TelegramTextGenerator(seed).next());
    }

    @Provide
    Arbitrary<String> mutations() {
        List<String> texts = testTexts();
        return Arbitraries.integers().between(0, texts.size() - 1).flatMap(i -> Arbitraries.longs().map(seed ->
                Mutator.mutate(texts.get(i), seed)));
    }

    @Provide
    Arbitrary<String> junk() {
        Arbitrary<Character> chars = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.chars().range(' ', '~')),
                net.jqwik.api.Tuple.of(2, Arbitraries.chars().with('\n', '\r', '\t', '[', ']', '.', '*', '†', '\u00A0', '\u2003')),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\u0000', '\u001F')),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\u00A0', '\uD7FF')));
        return chars.list().ofMaxSize(400).map(cs -> {
            StringBuilder sb = new StringBuilder();
            cs.forEach(sb::append);
            return sb.toString();
        });
    }

    static void assertNothingLost(String text) {
        PlainTextReading reading = READER.read(text);
        checkReading(text, reading);
    }

    /** The rule, and what a saved document needs: anchors tied to footnotes, keyed references, pages in order. */
    static void checkReading(String text, PlainTextReading reading) {
        ReadingWords.Words in = ReadingWords.words(text);
        ReadingWords.Words out = ReadingWords.wordsOf(reading);
        if (!out.words().equals(in.words())) {
            int i = 0;
            while (i < in.words().size() && i < out.words().size() && in.words().get(i).equals(out.words().get(i))) {
                i++;
            }
            throw new AssertionError(String.format("Words differ at word %d: input %s, reading %s%ninput:%n%s%nreading:%n%s",
                    i, in.words().subList(i, Math.min(i + 6, in.words().size())),
                    out.words().subList(i, Math.min(i + 6, out.words().size())), escape(text),
                    escape(ReadingWords.textOf(reading))));
        }
        assertThat(out.pages()).as("page markers, in order").isEqualTo(in.pages());
        DocumentDraft d = reading.draft();
        Set<String> keys = new HashSet<>();
        d.footnotes().forEach(f -> {
            assertThat(keys.add(f.key())).isTrue();
            assertThat(f.n()).isNotBlank().hasSizeLessThanOrEqualTo(20);
            assertThat(f.text()).isNotBlank();
        });
        assertThat(keys).containsAll(d.body().footnoteAnchors());
        Set<String> refKeys = new HashSet<>();
        d.references().forEach(r -> {
            assertThat(refKeys.add(r.key())).isTrue();
            assertThat(r.label()).isNotBlank();
            assertThat(r.kind()).isNotNull();
        });
        if (d.pageStart() != null && d.pageEnd() != null) {
            assertThat(d.pageStart()).isLessThanOrEqualTo(d.pageEnd());
        }
        assertThatCode(() -> Body.of(d.body().xml())).doesNotThrowAnyException();
        assertThat(reading.warnings()).doesNotContainNull();
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\n' || (c >= ' ' && c < 0x7f) || (c > 0xa0 && !Character.isSpaceChar(c) && !Character.isISOControl(c))) {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04X", (int) c));
            }
        }
        return sb.toString();
    }

    /** As the reader counts: control characters and U+FFFD among the characters that are not spaces. */
    private static boolean mostlyControl(String text) {
        long controls = text.chars().filter(c -> !isSpaceLike(c) && (Character.isISOControl(c) || c == '\uFFFD')).count();
        long visible = text.chars().filter(c -> !isSpaceLike(c)).count();
        return controls * 10 > visible;
    }

    private static boolean onlySpaces(String text) {
        return text.chars().allMatch(NothingLostProperties::isSpaceLike);
    }

    private static boolean isSpaceLike(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B' || c == '\u2060';
    }

    static List<String> testTexts() {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(TEXTS)) {
            for (Path p : files.sorted().toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            texts.add(Files.readString(SEED, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
