package org.cablearchive.ingest.plaintext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.cablearchive.ingest.plaintext.PlainTextReading.Confidence;
import org.junit.jupiter.api.Test;

/** What is not a telegram: refused when it is not text at all, read with low confidence otherwise, and fast. */
class GarbageTest {

    private final PlainTextTelegramReader reader = new PlainTextTelegramReader();

    @Test
    void nullAndEmptyAreRefused() {
        assertThatThrownBy(() -> reader.read(null)).isInstanceOf(UnreadableTextException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> reader.read("")).isInstanceOf(UnreadableTextException.class).hasMessageContaining("empty");
    }

    @Test
    void whitespaceOnlyIsRefused() {
        assertThatThrownBy(() -> reader.read("  \n\t\r\n \u00A0\u2003\uFEFF\n"))
                .isInstanceOf(UnreadableTextException.class).hasMessageContaining("blank");
    }

    @Test
    void binaryBytesAreRefused() {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        bytes[0] = (byte) 0x89;
        bytes[1] = 'P';
        bytes[2] = 'N';
        bytes[3] = 'G';
        bytes[100] = 0;
        String binary = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> reader.read(binary)).isInstanceOf(UnreadableTextException.class)
                .hasMessageContaining("NUL").hasMessageContaining("plain text");
    }

    @Test
    void mostlyControlCharactersAreRefused() {
        String controls = "\u0001\u0002\u0003\u0004\u0005\u0006abc\u0010\u0011\u0012".repeat(100);
        assertThatThrownBy(() -> reader.read(controls)).isInstanceOf(UnreadableTextException.class)
                .hasMessageContaining("control characters");
    }

    @Test
    void tenMegabytesIsRefusedNamingTheSizeLimit() {
        String huge = "word ".repeat(2_000_000);
        assertThatThrownBy(() -> reader.read(huge)).isInstanceOf(UnreadableTextException.class)
                .hasMessageContaining("size limit").hasMessageContaining("1,000,000").hasMessageContaining("10,000,000");
    }

    @Test
    void theLimitItselfIsAccepted() {
        String text = "a".repeat(PlainTextTelegramReader.MAX_CHARACTERS);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThat(reader.read(text).confidence()).isEqualTo(Confidence.LOW));
    }

    @Test
    void aNovelIsReadFastWithLowConfidenceAndWarnings() {
        String novel = novel(300_000);
        PlainTextReading r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> reader.read(novel));
        assertThat(r.confidence()).isEqualTo(Confidence.LOW);
        assertThat(r.warnings()).anyMatch(w -> w.contains("No source note, title or markings"));
        assertThat(r.draft().sourceNote()).isNull();
        assertThat(r.draft().title()).isNull();
        assertThat(r.draft().body().paragraphCount()).isGreaterThan(100);
        NothingLostProperties.checkReading(novel, r);
    }

    @Test
    void pathologicalLinesStayLinear() {
        String[] lines = {
            "[".repeat(400_000) + "]".repeat(400_000),
            "[a".repeat(300_000),
            "Embtels 1".concat(", 2".repeat(50_000)),
            "Union.1 ".repeat(100_000),
            "*".repeat(500_000),
            "1.".repeat(400_000),
            "Moscow, October 16, 1951—3 p. m. ".repeat(20_000),
            "secret ".repeat(100_000),
            "The Charge to the ".repeat(40_000),
            "Ref: Algiers Oran Bone Constantine ".repeat(20_000),
        };
        for (String line : lines) {
            String text = "611.61/10–1551: Telegram\n\n" + line + "\n\n  1. note";
            PlainTextReading r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> reader.read(text),
                    () -> "too slow on " + line.substring(0, 30));
            NothingLostProperties.checkReading(text, r);
        }
    }

    @Test
    void manyShortLinesStayLinear() {
        String text = ("[Page 12]\n\n* x\n1. y\nCumming\n\n").repeat(30_000);
        PlainTextReading r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> reader.read(text));
        NothingLostProperties.checkReading(text, r);
    }

    /** Chapters of plausible English prose, with dialogue, numbers and the odd bracket. */
    static String novel(int size) {
        String[] words = {"the", "old", "man", "said", "that", "he", "would", "go", "down", "to", "harbour", "and",
            "wait", "for", "boat", "she", "answered", "nothing", "but", "looked", "at", "sea", "in", "morning", "light",
            "“Come", "here,”", "Captain", "Ahab", "1851", "miles", "whale", "ship", "Pequod", "(so", "to", "speak)",
            "Mr.", "Starbuck", "—", "said:", "“No!”", "thirty-three", "[sic]", "Queequeg", "Nantucket", "of", "a"};
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder("CHAPTER I\n\nLoomings\n\n");
        int chapter = 1;
        while (sb.length() < size) {
            int sentences = 2 + r.nextInt(8);
            for (int s = 0; s < sentences; s++) {
                int n = 5 + r.nextInt(20);
                for (int w = 0; w < n; w++) {
                    String word = words[r.nextInt(words.length)];
                    sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(' ');
                }
                sb.setLength(sb.length() - 1);
                sb.append(". ");
                if (r.nextInt(4) == 0) {
                    sb.append('\n');
                }
            }
            sb.append("\n\n");
            if (r.nextInt(30) == 0) {
                sb.append("CHAPTER ").append(++chapter).append("\n\n");
            }
        }
        return sb.toString();
    }
}
