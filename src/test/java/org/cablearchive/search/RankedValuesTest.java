package org.cablearchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A facet's values as the search gives them, by their ordinals in the facet's run: checked against a plain sort of
 * every value.
 */
class RankedValuesTest {

    @Test
    void theValuesWithMostDocumentsComeFirstTiesInTheValuesOrder() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            int n = random.nextInt(600);
            long[] counts = new long[n];
            for (int i = 0; i < n; i++) {
                counts[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(30);
            }
            int from = n == 0 ? 0 : random.nextInt(n);
            int to = from + random.nextInt(n - from + 1);
            int limit = random.nextInt(250);

            int[] expected = IntStream.range(from, to).filter(o -> counts[o] > 0).boxed()
                    .sorted(Comparator.<Integer>comparingLong(o -> -counts[o]).thenComparing(o -> o))
                    .limit(limit).mapToInt(Integer::intValue).toArray();
            int[] inOrder = IntStream.range(from, to).filter(o -> counts[o] > 0).toArray();

            assertThat(FacetCounts.ranked(counts, from, to, limit)).containsExactly(expected);
            assertThat(FacetCounts.inOrder(counts, from, to)).containsExactly(inOrder);
        }
    }
}
