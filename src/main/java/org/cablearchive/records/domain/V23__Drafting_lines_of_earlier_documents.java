package org.cablearchive.records.domain;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.cablearchive.records.DocumentDraft.FootnoteDraft;
import org.cablearchive.records.DraftingLine;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Gives the documents saved before the drafting line was kept (V22) the line their source note or footnotes print,
 * read by the same rule as an import ({@link DraftingLine#of}), so that an archive upgraded in place shows it at once and
 * a later re-import of the same volume finds the reading unchanged (no correction to review for a line it always
 * printed). Derived from what the document already holds, it is written as a column, not an edit: no revision, no
 * version. The search index is rebuilt from PostgreSQL after the upgrade (mapping version 5). A Flyway Java migration
 * (a bean Spring Boot hands to Flyway), as the rule is Java; one pass over the documents that print "Drafted", once.
 */
@Component
class V23__Drafting_lines_of_earlier_documents extends BaseJavaMigration {

    private static final int BATCH = 1_000;

    @Override
    public void migrate(Context context) throws SQLException {
        fill(context.getConnection());
    }

    /** Fills the drafting line of every document that has none and prints one; the count of documents filled. */
    static int fill(Connection connection) throws SQLException {
        String select = """
                select d.id, d.source_note,
                       array(select f.text from footnote f where f.document_id = d.id order by f.position)
                from document d
                where d.drafting is null
                  and (d.source_note like '%Drafted%'
                       or exists (select 1 from footnote f where f.document_id = d.id and f.text like '%Drafted%'))
                """;
        int filled = 0;
        try (PreparedStatement query = connection.prepareStatement(select);
             PreparedStatement update = connection.prepareStatement("update document set drafting = ? where id = ?")) {
            query.setFetchSize(BATCH);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String line = DraftingLine.of(rows.getString(2), footnotes(rows.getArray(3)));
                    if (line != null) {
                        update.setString(1, line);
                        update.setString(2, rows.getString(1));
                        update.addBatch();
                        if (++filled % BATCH == 0) {
                            update.executeBatch();
                        }
                    }
                }
            }
            update.executeBatch();
        }
        return filled;
    }

    private static List<FootnoteDraft> footnotes(Array texts) throws SQLException {
        List<FootnoteDraft> notes = new ArrayList<>();
        for (Object text : (Object[]) texts.getArray()) {
            notes.add(new FootnoteDraft(null, null, (String) text));
        }
        return notes;
    }
}
