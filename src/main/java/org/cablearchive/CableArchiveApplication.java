package org.cablearchive;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cablearchive.ingest.CorpusCommand;
import org.cablearchive.ingest.ImportCommand;
import org.cablearchive.ingest.RoundTripCommand;
import org.cablearchive.search.SearchIndex;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Cable Archive: diplomatic telegrams entered, reviewed, published and read.
 *
 * <p>Without arguments it serves the archive. {@code import PATH...} imports FRUS TEI volumes and exits;
 * {@code reindex} rebuilds the search index from the database and exits; {@code corpus N} loads a generated corpus of
 * N documents of real FRUS text (for benchmarks), rebuilds the index and exits; {@code verify-roundtrip PATH...} checks
 * that volumes come back out of the archive as they went in.
 */
@SpringBootApplication
@EnableCaching
public class CableArchiveApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(runImport(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("corpus")) {
            System.exit(runCorpus(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("verify-roundtrip")) {
            ConfigurableApplicationContext context = command();
            int code = context.getBean(RoundTripCommand.class)
                    .run(Arrays.asList(Arrays.copyOfRange(args, 1, args.length)), System.out, System.err);
            System.exit(SpringApplication.exit(context, () -> code));
        }
        if (args.length > 0 && args[0].equals("reindex")) {
            System.exit(runReindex());
        }
        SpringApplication.run(CableArchiveApplication.class, args);
    }

    private static ConfigurableApplicationContext command(String... properties) {
        // As command-line arguments, not default properties: application.properties (which turns demo content on)
        // outranks default properties, and a command never loads demo content into the archive it works on.
        List<String> arguments = new ArrayList<>(List.of("--archive.demo-content=", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--archive.search.rebuild-when-behind=false"));
        for (String property : properties) {
            arguments.add("--" + property);
        }
        return new SpringApplicationBuilder(CableArchiveApplication.class)
                .web(WebApplicationType.NONE)
                .run(arguments.toArray(String[]::new));
    }

    private static int runCorpus(String[] args) {
        // The documents are indexed from memory as they are loaded, by the index's own threads on the other core; the
        // index is committed once at the end. "indexed … in S s" is what indexing adds after the last row is written.
        ConfigurableApplicationContext context = command("archive.search.index-loads-lazily=true");
        int code = context.getBean(CorpusCommand.class).run(Arrays.asList(args), System.out, System.err);
        if (code == 0) {
            SearchIndex index = context.getBean(SearchIndex.class);
            long started = System.nanoTime();
            index.flushLoads();
            long indexed = index.indexedCount();
            long inDatabase = index.databaseCount();
            if (indexed != inDatabase) {
                System.err.printf("The index holds %d documents and the database %d: run 'reindex'.%n", indexed, inDatabase);
                code = 1;
            } else {
                System.out.printf(Locale.ROOT, "indexed %d documents in %.1f s%n", indexed, (System.nanoTime() - started) / 1e9);
            }
        }
        int exit = code;
        return SpringApplication.exit(context, () -> exit);
    }

    private static int runReindex() {
        ConfigurableApplicationContext context = command();
        SearchIndex index = context.getBean(SearchIndex.class);
        long started = System.nanoTime();
        System.out.println("Rebuilding the search index from " + index.databaseCount() + " documents in the database…");
        long indexed = index.rebuildNow();
        SearchIndex.Rebuild r = index.rebuildStatus();
        if (r.error() != null) {
            System.err.println(r.error());
        } else {
            System.out.printf(Locale.ROOT, "%d documents indexed in %.1f s%n", indexed, (System.nanoTime() - started) / 1e9);
        }
        int code = r.error() == null ? 0 : 1;
        return SpringApplication.exit(context, () -> code);
    }

    private static int runImport(String[] args) {
        // A new volume's documents are indexed from memory by the index's own threads while the next volume is read
        // and written, rather than awaited at each volume's commit; a volume imported again is read into the index
        // after its commit, in the background. The command waits for both before it ends. (Were it stopped before,
        // the index would hold fewer documents than the database and be rebuilt at the archive's next start.)
        ConfigurableApplicationContext context = command("archive.search.index-loads-lazily=true");
        int code = context.getBean(ImportCommand.class).run(Arrays.asList(args), System.out, System.err);
        long waiting = System.nanoTime();
        context.getBean(SearchIndex.class).flushLoads();
        if (context.getBean(SearchIndex.class).awaitVolumes(Duration.ofHours(2))) {
            System.out.printf(Locale.ROOT, "search index up to date (%.1f s more after the last import)%n",
                    (System.nanoTime() - waiting) / 1e9);
        } else {
            System.err.println("The search index is not up to date: run 'reindex'.");
        }
        return SpringApplication.exit(context, () -> code);
    }
}
