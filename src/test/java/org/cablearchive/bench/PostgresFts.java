package org.cablearchive.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same documents searched with PostgreSQL's own ranked full-text search: a table {@code bench_fts} of each
 * document's text vector (title, sender and recipient weighted A, persons B, source note C, body and footnotes D,
 * the {@code english} configuration) under a GIN index, with the same facet values; a search ranks every hit with
 * {@code ts_rank_cd}, counts it exactly and counts every facet with {@code GROUP BY} in the same statement, and
 * highlights the page's bodies with {@code ts_headline} when snippets are asked for. The table lives beside the
 * archive's own and is dropped and built again by {@link #build}.
 */
final class PostgresFts {

    private static final String INSERT = """
            insert into bench_fts (id, status, type, classification, precedence, sender, recipient, place, year, decade,
              month, volume, file, footnoted, persons, earliest, latest, tsv)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?,
              setweight(to_tsvector('english', ?), 'A') || setweight(to_tsvector('english', ?), 'B')
              || setweight(to_tsvector('english', ?), 'C') || to_tsvector('english', ?))""";

    private final Connection connection;
    private QueryGlossary glossary;

    PostgresFts(Connection connection) {
        this.connection = connection;
    }

    void glossary(QueryGlossary glossary) {
        this.glossary = glossary;
    }

    /** A writer of rows into a new {@code bench_fts}; {@link Loading#close} builds the indexes. */
    /** How many rows the full-text table holds (-1 when there is none). */
    long rows() {
        try (var s = connection.createStatement(); var rs = s.executeQuery("select count(*) from bench_fts")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }

    Loading loading() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("drop table if exists bench_fts");
            s.execute("""
                    create unlogged table bench_fts (id text primary key, status text, type text, classification text,
                      precedence text, sender text, recipient text, place text, year text, decade text, month text,
                      volume text, file text, footnoted text, persons text[], earliest date, latest date, tsv tsvector)""");
        }
        return new Loading(connection.prepareStatement(INSERT));
    }

    final class Loading implements AutoCloseable {
        private final PreparedStatement insert;
        private int pending;
        long documents;

        private Loading(PreparedStatement insert) {
            this.insert = insert;
        }

        void add(CorpusRows.Row r) {
            try {
                int i = 1;
                for (String v : new String[] {r.id(), r.status(), r.type(), r.classification(), r.precedence(), r.sender(),
                        r.recipient(), r.place(), r.year(), r.decade(), r.month(), r.volume(), r.fileSubject(), r.footnoted()}) {
                    insert.setString(i++, v);
                }
                insert.setString(i++, "{" + String.join(",", r.persons()) + "}");
                insert.setObject(i++, r.earliest());
                insert.setObject(i++, r.latest());
                insert.setString(i++, String.join(" ", nonNull(r.title()), nonNull(r.sender()), nonNull(r.recipient())));
                insert.setString(i++, String.join(" ", r.names()));
                insert.setString(i++, nonNull(r.sourceNote()));
                insert.setString(i, r.body() + " " + String.join(" ", r.footnotes()));
                insert.addBatch();
                documents++;
                if (++pending == 500) {
                    insert.executeBatch();
                    pending = 0;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
            }
            insert.close();
            try (Statement s = connection.createStatement()) {
                s.execute("create index bench_fts_tsv on bench_fts using gin (tsv)");
                s.execute("create index bench_fts_persons on bench_fts using gin (persons)");
                s.execute("create index bench_fts_sender on bench_fts (sender)");
                s.execute("analyze bench_fts");
            }
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** What one search found: exact total, the page's ids, facet counts. */
    record Result(long total, List<String> ids, Map<String, Map<String, Long>> facets, List<String> snippets) { }

    Result search(BenchQuery q, boolean snippets) throws SQLException {
        List<Object> params = new ArrayList<>();
        String tsquery = tsquery(q, params);
        StringBuilder where = new StringBuilder("f.status = 'PUBLISHED'");
        if (tsquery != null) {
            where.append(" and f.tsv @@ q.q");
        }
        for (var e : q.filters().entrySet()) {
            if (e.getKey().equals("person")) {
                where.append(" and f.persons @> array[?]::text[]");
            } else {
                where.append(" and f.").append(column(e.getKey())).append(" = ?");
            }
            params.add(e.getValue());
        }
        if (q.from() != null) {
            where.append(" and f.latest >= make_date(?, 1, 1)");
            params.add(q.from());
        }
        if (q.to() != null) {
            where.append(" and f.earliest <= make_date(?, 12, 31)");
            params.add(q.to());
        }
        StringBuilder sql = new StringBuilder("with q as (select ").append(tsquery == null ? "null::tsquery" : tsquery)
                .append(" as q), hits as materialized (select f.*, ")
                .append(tsquery == null ? "0::real" : "ts_rank_cd(f.tsv, q.q)")
                .append(" as rank from bench_fts f, q where ").append(where).append(")\n")
                .append("select 'hit', id, rank::float8 from (select id, rank from hits order by rank desc, id limit 20) t\n")
                .append("union all select 'total', null, count(*) from hits\n");
        for (String dim : BareLucene.FACETS) {
            if (dim.equals("person")) {
                sql.append("union all select 'person', p, count(*) from hits, unnest(persons) p group by p\n");
            } else {
                sql.append("union all select '").append(dim).append("', ").append(column(dim))
                        .append(", count(*) from hits where ").append(column(dim)).append(" is not null group by 2\n");
            }
        }
        sql.append("union all select 'month', month, count(*) from hits where month is not null group by 2");
        long total = 0;
        List<String> ids = new ArrayList<>();
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String dim = rs.getString(1);
                    switch (dim) {
                        case "hit" -> ids.add(rs.getString(2));
                        case "total" -> total = rs.getLong(3);
                        default -> facets.computeIfAbsent(dim, k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3));
                    }
                }
            }
        }
        List<String> headlines = new ArrayList<>();
        if (snippets && tsquery != null && !ids.isEmpty()) {
            List<Object> hp = new ArrayList<>();
            String tq = tsquery(q, hp);
            try (PreparedStatement ps = connection.prepareStatement("select ts_headline('english', "
                    + "regexp_replace(d.body, '<[^>]+>', ' ', 'g'), " + tq + ", 'MaxFragments=1') from document d where d.id = any(?)")) {
                int i = 1;
                for (Object p : hp) {
                    ps.setObject(i++, p);
                }
                ps.setArray(i, connection.createArrayOf("text", ids.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        headlines.add(rs.getString(1));
                    }
                }
            }
        }
        return new Result(total, ids, facets, headlines);
    }

    private static String column(String facet) {
        return switch (facet) {
            case "type", "classification", "precedence", "sender", "recipient", "place", "year", "decade", "month",
                 "volume", "file", "footnoted" -> facet;
            default -> throw new IllegalArgumentException("No facet " + facet);
        };
    }

    /** The text as a tsquery expression with its parameters, read with the glossary as the app reads it. */
    private String tsquery(BenchQuery q, List<Object> params) {
        List<String> words = QueryGlossary.words(q.text() == null ? "" : q.text());
        if (words.isEmpty()) {
            return null;
        }
        if (q.phrase()) {
            List<String> any = new ArrayList<>();
            for (List<String> variant : glossary.phraseVariants(words, 8)) {
                any.add("phraseto_tsquery('english', ?)");
                params.add(String.join(" ", variant));
            }
            return "(" + String.join(" || ", any) + ")";
        }
        List<String> all = new ArrayList<>();
        for (QueryGlossary.Unit u : glossary.units(words)) {
            List<String> slots = new ArrayList<>();
            for (List<String> slot : u.slots()) {
                List<String> any = new ArrayList<>();
                for (String w : slot) {
                    any.add("phraseto_tsquery('english', ?)");
                    params.add(w);
                }
                slots.add("(" + String.join(" || ", any) + ")");
            }
            String unit = "(" + String.join(" && ", slots) + ")";
            for (List<String> p : u.phrases()) {
                unit += " || phraseto_tsquery('english', ?)";
                params.add(String.join(" ", p));
            }
            all.add("(" + unit + ")");
        }
        return "(" + String.join(" && ", all) + ")";
    }
}
