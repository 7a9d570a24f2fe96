package org.cablearchive.records.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cablearchive.records.DocumentDate;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.Party;
import org.cablearchive.records.PublishedDocument;
import org.cablearchive.records.PublishedDocuments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads published documents with plain SQL, each list by the index made for its order (V4): the change order
 * {@code (status, greatest(published_at, updated_at), id)} and the publication order {@code (status, published_at,
 * id)}. Conditions are added only when asked for, so that each query's plan can use its index.
 */
@Service
class PublishedDocumentsService implements PublishedDocuments {

    /** When a document last changed for the public: its publication, or a later change. */
    private static final String CHANGED = "greatest(d.published_at, d.updated_at)";

    private static final String COLUMNS = """
            select d.id, d.volume_id, v.title as volume_title, d.type, d.title, d.date_value, d.sender_role, d.sender_name,
                   d.recipient_role, d.recipient_name, d.source_note, d.file_number, d.place, d.published_at,
                   %s as changed_at
            from document d left join volume v on v.id = d.volume_id
            """.formatted(CHANGED);

    private final JdbcClient jdbc;

    PublishedDocumentsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublishedDocument> changed(ChangeWindow window, Position after, int limit) {
        Where where = publicOnly().window(window);
        if (after != null) {
            where.and("(" + CHANGED + ", d.id) > (:afterChanged, :afterId)", "afterChanged", at(after.changedAt()))
                    .param("afterId", after.id());
        }
        return where.query(jdbc, COLUMNS, "order by " + CHANGED + ", d.id limit " + positive(limit))
                .query(PublishedDocumentsService::document).list();
    }

    @Override
    @Transactional(readOnly = true)
    public long countChanged(ChangeWindow window) {
        return publicOnly().window(window).query(jdbc, "select count(*) from document d", "").query(Long.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PublishedDocument> find(String id) {
        return publicOnly().and("d.id = :id", "id", id).query(jdbc, COLUMNS, "")
                .query(PublishedDocumentsService::document).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Instant> earliestChange() {
        return Optional.ofNullable(publicOnly().query(jdbc, "select min(" + CHANGED + ") from document d", "")
                .query((rs, n) -> instant(rs, 1)).single());
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublishedDocument> newest(int limit) {
        return publicOnly().query(jdbc, COLUMNS, "order by d.published_at desc, d.id desc limit " + positive(limit))
                .query(PublishedDocumentsService::document).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Stamp> ids(String afterId, int limit) {
        Where where = publicOnly();
        if (afterId != null) {
            where.and("d.id > :afterId", "afterId", afterId);
        }
        return where.query(jdbc, "select d.id, " + CHANGED + " from document d", "order by d.id limit " + positive(limit))
                .query((rs, n) -> new Stamp(rs.getString(1), instant(rs, 2))).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> boundaries(int step) {
        return publicOnly().query(jdbc, "select id from (select d.id, row_number() over (order by d.id) as n from document d",
                        ") numbered where n % " + positive(step) + " = 0 order by id")
                .query(String.class).list();
    }

    @Override
    @Transactional(readOnly = true)
    public long count() {
        return publicOnly().query(jdbc, "select count(*) from document d", "").query(Long.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Volume> volumes() {
        // one probe of the volume's documents each, stopping at the first public one
        return jdbc.sql("""
                        select v.id, v.title from volume v
                        where exists (select 1 from document d where d.volume_id = v.id and d.status in (:statuses))
                        order by v.id""")
                .param("statuses", DocumentStatus.publicStatuses().stream().map(Enum::name).toList())
                .query((rs, n) -> new Volume(rs.getString(1), rs.getString(2))).list();
    }

    private static int positive(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("A limit or step must be at least 1, not " + n);
        }
        return n;
    }

    private static Where publicOnly() {
        return new Where().and("d.status in (:statuses)", "statuses",
                DocumentStatus.publicStatuses().stream().map(Enum::name).toList());
    }

    private static PublishedDocument document(ResultSet rs, int row) throws SQLException {
        return new PublishedDocument(rs.getString("id"), rs.getString("volume_id"), rs.getString("volume_title"),
                DocumentType.valueOf(rs.getString("type")), rs.getString("title"), new DocumentDate(rs.getString("date_value")),
                new Party(rs.getString("sender_role"), rs.getString("sender_name")),
                new Party(rs.getString("recipient_role"), rs.getString("recipient_name")),
                rs.getString("source_note"), rs.getString("file_number"), rs.getString("place"),
                instant(rs, rs.findColumn("published_at")), instant(rs, rs.findColumn("changed_at")));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** The conditions of a query and their parameters, added one by one. */
    private static final class Where {

        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> params = new LinkedHashMap<>();

        Where and(String condition, String name, Object value) {
            conditions.add(condition);
            return param(name, value);
        }

        Where param(String name, Object value) {
            params.put(name, value);
            return this;
        }

        Where window(ChangeWindow window) {
            if (window.from() != null) {
                and(CHANGED + " >= :from", "from", at(window.from()));
            }
            if (window.until() != null) {
                and(CHANGED + " < :until", "until", at(window.until()));
            }
            if (window.volumeId() != null) {
                and("d.volume_id = :volume", "volume", window.volumeId());
            }
            return this;
        }

        JdbcClient.StatementSpec query(JdbcClient jdbc, String select, String tail) {
            return jdbc.sql(select + " where " + String.join(" and ", conditions) + " " + tail).params(params);
        }
    }
}
