package org.cablearchive.search;

import org.cablearchive.ingest.volumes.VolumeImporter;
import org.cablearchive.testing.Frus;

/** The search tests' own copies of the shared volumes: two published, one imported as drafts. */
final class SearchVolumes {

    static final String V1951 = "search-1951";
    static final String V12 = "search-v12";
    static final String DRAFTS = "search-drafts";

    private SearchVolumes() {
    }

    /**
     * Imports the volumes unless the index of this application context holds them already: the search tests share
     * the one context of the full tests ({@code @ArchiveTest}), so the first of them imports and the others find
     * them there (a context of its own has its own index; importing again updates the volumes in place and indexes
     * them).
     */
    static synchronized void load(VolumeImporter importer, ArchiveSearch search, SearchIndex index) throws Exception {
        for (String[] v : new String[][] {{"frus1951v07p2", V1951, "false"}, {"frus1969-76v12", V12, "false"},
                {"frus1917-72PubDip", DRAFTS, "true"}}) {
            long indexed = search.search(new SearchRequest("", java.util.Map.of("volume", java.util.List.of(v[1])), null, null,
                    SearchRequest.Sort.RELEVANCE, 1), org.cablearchive.testing.Readers.STAFF).total();
            if (indexed == 0) {
                Frus.importCopy(importer, v[0], v[1], Boolean.parseBoolean(v[2]));
            }
        }
        if (!index.awaitVolumes(java.time.Duration.ofMinutes(5))) {
            throw new IllegalStateException("the volumes were not indexed in time");
        }
    }
}
