package org.cablearchive.records.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cablearchive.accounts.Reader;
import org.cablearchive.records.ArchiveCounts;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.VolumeStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the counts the database keeps at write time (V10: {@code volume_summary}, {@code person_summary}, kept by
 * triggers in the same transaction as every change), so that no page counts the archive to show them. A reader
 * sees the sum over the statuses they may see.
 */
@Component
class ArchiveSummaries {

    private final JdbcClient jdbc;

    ArchiveSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String[] statuses(Reader reader) {
        return DocumentStatus.namesVisibleTo(reader);
    }

    ArchiveCounts counts(Reader reader) {
        return jdbc.sql("""
                        select coalesce(sum(documents), 0), count(distinct volume_id) filter (where volume_id <> '' and documents > 0),
                               coalesce(sum(footnotes), 0), coalesce(sum(cross_references), 0)
                        from volume_summary where status = any(?)""")
                .param(statuses(reader))
                .query((rs, n) -> new ArchiveCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
    }

    /** Volumes with what they hold for the reader of the statuses {@code :statuses}; grouped by volume by the caller. */
    private static final String VOLUMES = """
            select v.id, v.title, v.published_year, coalesce(sum(s.documents), 0), coalesce(sum(s.footnotes), 0),
                   min(s.earliest), max(s.latest)
            from volume v left join volume_summary s on s.volume_id = v.id and s.status = any(:statuses)
            """;

    private static VolumeStore.VolumeSummary volume(ResultSet rs, int row) throws SQLException {
        return new VolumeStore.VolumeSummary(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3), rs.getLong(4),
                rs.getLong(5), rs.getString(6), rs.getString(7));
    }

    /** Every volume ({@code onlyId} null) or one, with what it holds for this reader, in id order. */
    List<VolumeStore.VolumeSummary> volumes(String onlyId, Reader reader) {
        return jdbc.sql(VOLUMES + """
                        where (cast(:only as text) is null or v.id = :only)
                        group by v.id order by v.id""")
                .param("statuses", statuses(reader))
                .param("only", onlyId)
                .query(ArchiveSummaries::volume)
                .list()
                .stream()
                .filter(v -> reader.seesUnpublished() || v.documentCount() > 0)
                .toList();
    }

    /**
     * A page of volumes in id order, read by key: at most {@code size} after {@code after} (both null: from the first),
     * or, with {@code before}, the {@code size} just before it. A reader who is not staff sees only volumes holding a
     * document they may see. One more than {@code size} is read, so that the caller knows whether more follow.
     */
    List<VolumeStore.VolumeSummary> volumes(String after, String before, int size, Reader reader) {
        boolean backwards = before != null;
        List<VolumeStore.VolumeSummary> page = jdbc.sql(VOLUMES + """
                        where (cast(:after as text) is null or v.id > :after) and (cast(:before as text) is null or v.id < :before)
                        group by v.id
                        having :staff or coalesce(sum(s.documents), 0) > 0
                        order by v.id """ + (backwards ? " desc" : " asc") + " limit :limit")
                .param("statuses", statuses(reader))
                .param("after", backwards ? null : after)
                .param("before", before)
                .param("staff", reader.seesUnpublished())
                .param("limit", size + 1)
                .query(ArchiveSummaries::volume)
                .list();
        if (backwards) {
            page = new ArrayList<>(page);
            Collections.reverse(page);
        }
        return page;
    }

    /** How many documents the archive holds, whatever their status. */
    long documents() {
        return jdbc.sql("select coalesce(sum(documents), 0) from volume_summary").query(Long.class).single();
    }

    /** How many documents this reader may see name the person. */
    long documentsNaming(long personId, Reader reader) {
        return jdbc.sql("select coalesce(sum(documents), 0) from person_summary where person_id = ? and status = any(?)")
                .params(personId, statuses(reader)).query(Long.class).single();
    }
}
