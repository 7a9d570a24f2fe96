package org.cablearchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A facet's values with most documents, as the search gives them: checked against a plain sort of every value. */
class RankedValuesTest {

    @Test
    void theValuesWithMostDocumentsComeFirstTiesInTheValuesOrder() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(600);
            List<String> values = new ArrayList<>();
            long[] counts = new long[n];
            for (int i = 0; i < n; i++) {
                values.add(String.format("v%04d", i));
                counts[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(30);
            }
            int limit = random.nextInt(250);
            Map<String, Long> expected = new LinkedHashMap<>();
            IntStream.range(0, n).filter(i -> counts[i] > 0).boxed()
                    .sorted(Comparator.<Integer>comparingLong(i -> -counts[i]).thenComparing(i -> i))
                    .limit(limit).forEach(i -> expected.put(values.get(i), counts[i]));

            Map<String, Long> ranked = DocumentSearch.ranked(values, counts, limit);

            assertThat(ranked).containsExactlyEntriesOf(expected);
        }
    }
}
