package org.cablearchive.bench;

import java.util.Locale;
import java.util.Map;

/** The results of a run as the Markdown table committed beside the JSON (and copied into the README). */
final class ResultsTable {

    private ResultsTable() {
    }

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> json) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "# Scale benchmark: %,d documents (%,d published)%n%n", json.get("docs"),
                json.get("published_docs")));
        md.append("Run ").append(json.get("date")).append(" on ").append(json.get("machine"))
                .append(". Load average (1 min) at the start of the suite ").append(json.get("load_average_at_start"))
                .append(", at its end ").append(json.get("load_average_at_end"))
                .append(" (the suite itself keeps both cores busy while it measures throughput). Machines are shared and ")
                .append("noisy: read the ratios, measured side by side in this run, rather than the absolute times.\n\n");
        md.append("## Search, one client (ms)\n\n");
        md.append("| query | hits | app p50 | app p95 | app p99 | Lucene p50 | Lucene p95 | PostgreSQL p50 | PostgreSQL p95 "
                + "| app ÷ Lucene p50 | app ÷ Lucene p95 | PostgreSQL ÷ app p50 |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        Map<String, Object> queries = (Map<String, Object>) json.get("queries");
        for (var e : queries.entrySet()) {
            Map<String, Object> k = (Map<String, Object>) e.getValue();
            Map<String, Object> app = (Map<String, Object>) k.get("app");
            Map<String, Object> lu = (Map<String, Object>) k.get("lucene");
            Map<String, Object> pg = (Map<String, Object>) k.get("postgres");
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                    e.getKey().replace('_', ' '), k.get("total_app"), app.get("p50_ms"), app.get("p95_ms"),
                    app.get("p99_ms"), lu.get("p50_ms"), lu.get("p95_ms"), pg.get("p50_ms"), pg.get("p95_ms"),
                    k.get("app_vs_lucene_p50"), k.get("app_vs_lucene_p95"), k.get("postgres_vs_app_p50")));
        }
        Map<String, Object> mix = (Map<String, Object>) json.get("query_mix");
        md.append("\nThe mix (`/api/search?…`): ");
        mix.forEach((k, v) -> md.append('`').append(k).append("`: `").append(v).append("`; "));
        @SuppressWarnings("unchecked")
        Map<String, Object> whole = (Map<String, Object>) json.get("mix_summed");
        if (whole != null) {
            md.append(String.format(Locale.ROOT, "%n%nThe whole mix, each engine's times summed over the %d queries above: app p50 %s ms / p95 %s ms, "
                            + "bare Lucene %s / %s, PostgreSQL %s / %s; app ÷ Lucene %s (p50), %s (p95).",
                    ((Map<?, ?>) json.get("queries")).size(), whole.get("app_p50_ms"), whole.get("app_p95_ms"),
                    whole.get("lucene_p50_ms"), whole.get("lucene_p95_ms"), whole.get("postgres_p50_ms"),
                    whole.get("postgres_p95_ms"), whole.get("app_vs_lucene_p50"), whole.get("app_vs_lucene_p95")));
        }
        md.append("\n\n## Throughput over the mix (queries/s)\n\n| clients | app | bare Lucene | app ÷ Lucene |\n|---:|---:|---:|---:|\n");
        Map<String, Object> t = (Map<String, Object>) json.get("throughput");
        md.append(String.format(Locale.ROOT, "| 2 | %s | %s | %s |%n", t.get("app_qps_2"), t.get("lucene_qps_2"),
                ratio(t.get("app_qps_2"), t.get("lucene_qps_2"))));
        md.append(String.format(Locale.ROOT, "| 32 | %s | %s | %s |%n", t.get("app_qps"), t.get("lucene_qps"), t.get("app_vs_lucene")));
        md.append("\n## Pages, one client (ms)\n\n| page | p50 | p95 | p99 | size | address |\n|---|---:|---:|---:|---:|---|\n");
        Map<String, Object> pages = (Map<String, Object>) json.get("pages");
        for (var e : pages.entrySet()) {
            Map<String, Object> p = (Map<String, Object>) e.getValue();
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %,d kB | `%s` |%n", e.getKey().replace('_', ' '),
                    p.get("p50_ms"), p.get("p95_ms"), p.get("p99_ms"), ((Number) p.get("bytes")).longValue() / 1024, p.get("url")));
        }
        md.append("\n## Loading, indexing, memory\n\n| figure | value |\n|---|---:|\n");
        for (String key : new String[] {"load_seconds", "index_seconds", "import_docs_per_s", "lucene_index_docs_per_s",
                "lucene_index_seconds", "postgres_fts_build_seconds", "heap_after_gc_mb", "rss_mb"}) {
            md.append("| ").append(key).append(" | ").append(json.get(key)).append(" |\n");
        }
        return md.toString();
    }

    private static String ratio(Object a, Object b) {
        double x = ((Number) a).doubleValue();
        double y = ((Number) b).doubleValue();
        return y == 0 ? "–" : String.format(Locale.ROOT, "%.2f", x / y);
    }
}
