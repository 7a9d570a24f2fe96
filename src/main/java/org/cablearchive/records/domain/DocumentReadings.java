package org.cablearchive.records.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.cablearchive.accounts.Reader;
import org.cablearchive.people.Glossary;
import org.cablearchive.records.DocumentDate;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.DocumentSummary;
import org.cablearchive.records.WithheldPassage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Prepares the reading page of a document in one read-only transaction. */
@Service
public class DocumentReadings {

    private final DocumentRepository documents;
    private final DocumentViews views;
    private final Glossary glossary;
    private final JdbcClient jdbc;
    private final WithheldRepository passages;

    DocumentReadings(DocumentRepository documents, DocumentViews views, Glossary glossary,
                     JdbcClient jdbc, WithheldRepository passages) {
        this.passages = passages;
        this.documents = documents;
        this.views = views;
        this.glossary = glossary;
        this.jdbc = jdbc;
    }

    /** What the body's links and abbreviations say on hover (see {@link BodyHtml.Explanations}). */
    private BodyHtml.Explanations explanations(Document d, Map<String, String> targets) {
        Map<String, String> previews = new HashMap<>();
        if (!targets.isEmpty()) {
            jdbc.sql("select id, title, date_value from document where id = any(?)")
                    .param(new HashSet<>(targets.values()).toArray(String[]::new))
                    .query((rs, n) -> previews.put(rs.getString(1), rs.getString(2)
                            + (rs.getString(3) == null ? "" : ", " + new DocumentDate(rs.getString(3)).display())))
                    .list();
        }
        Map<String, String> termsById = new HashMap<>();
        if (d.volume() != null) {
            glossary.termsOfVolume(d.volume().id()).forEach(t -> termsById.putIfAbsent(t.xmlId(), t.expansion()));
        }
        return new BodyHtml.Explanations(previews, termsById, glossary.explanationsAsPrinted());
    }

    private DocumentReading.Placement placement(Document d, Reader reader) {
        if (d.volume() == null) {
            return null;
        }
        List<String> statuses = List.of(DocumentStatus.namesVisibleTo(reader));
        Object[] neighbours = documents.neighboursInVolume(d.id(), statuses).get(0);
        return new DocumentReading.Placement(d.volume().id(), d.volume().title(),
                d.chapter() == null ? null : d.chapter().title(), (String) neighbours[0], (String) neighbours[1],
                (String) neighbours[2], (String) neighbours[3], d.numberInVolume(),
                ((Number) neighbours[4]).longValue(), ((Number) neighbours[5]).longValue());
    }

    @Transactional(readOnly = true)
    public Optional<DocumentReading> reading(String id, Reader reader) {
        return reading(id, reader, (status, createdBy) -> false);
    }

    /**
     * The reading page; {@code mayReadWithheld} (given the document's status and creator) says whether the reader may
     * read its withheld passages, which are then shown marked in their places instead of their markers alone.
     */
    @Transactional(readOnly = true)
    public Optional<DocumentReading> reading(String id, Reader reader,
                                             BiPredicate<DocumentStatus, String> mayReadWithheld) {
        return documents.findById(id).filter(d -> d.isVisibleTo(reader)).map(d -> {
            Map<String, WithheldPassage> withheld = new HashMap<>();
            if (mayReadWithheld.test(d.status(), d.createdBy())) {
                passages.findByDocumentIdOrderByIdAsc(id).forEach(w -> withheld.put(w.key(), w.view()));
            }
            Set<String> visible = views.visibleTargets(d, reader);
            Map<String, String> targets = new HashMap<>();
            d.references().stream().filter(r -> r.isResolved() && visible.contains(r.targetDocumentId()))
                    .forEach(r -> targets.put(r.key(), r.targetDocumentId()));
            Map<String, Long> persons = new HashMap<>();
            d.mentions().stream().filter(m -> m.personId() != null).forEach(m -> persons.put(m.personKey(), m.personId()));
            return new DocumentReading(views.of(d, visible), BodyHtml.render(d.body(), targets, persons, explanations(d, targets), withheld),
                    d.footnotes().stream().map(f -> new DocumentReading.Note(f.key(), f.mark(), f.text())).toList(),
                    placement(d, reader), d.body().xml().contains("<closer"));
        });
    }
}
