package org.cablearchive.search;

import java.io.InputStream;
import org.cablearchive.ingest.volumes.VolumeImporter;
import org.cablearchive.testing.Frus;

/** The search tests' own copies of the shared volumes: two published, one imported as drafts. */
final class SearchVolumes {

    static final String V1951 = "search-1951";
    static final String V12 = "search-v12";
    static final String DRAFTS = "search-drafts";

    private static boolean loaded;

    private SearchVolumes() {
    }

    static synchronized void load(VolumeImporter importer) throws Exception {
        if (loaded) {
            return;
        }
        load(importer, "frus1951v07p2", V1951, false);
        load(importer, "frus1969-76v12", V12, false);
        load(importer, "frus1917-72PubDip", DRAFTS, true);
        loaded = true;
    }

    private static void load(VolumeImporter importer, String volume, String id, boolean draft) throws Exception {
        try (InputStream in = Frus.renamed(volume, id)) {
            importer.importVolume(in, id, new VolumeImporter.Options(draft, true), VolumeImporter.Progress.NONE, "test");
        }
    }
}
