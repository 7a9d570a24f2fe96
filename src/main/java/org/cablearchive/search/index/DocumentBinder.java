package org.cablearchive.search.index;

import static org.cablearchive.search.index.IndexFields.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cablearchive.records.Body;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentField;
import org.cablearchive.records.FileNumber;
import org.cablearchive.records.Party;
import org.cablearchive.records.domain.Document;
import org.cablearchive.records.domain.Footnote;
import org.cablearchive.records.domain.PersonMention;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.IndexFieldType;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Writes a document into the index: its searchable text (title, body as plain text, footnotes, source note,
 * sender, recipient, persons named, file number), its facet values and its dates. One bridge for the whole
 * document, so the index holds exactly what the reading room needs, computed the way the pages show it.
 */
public class DocumentBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        // Every property the bridge reads: a change to any of them (an edit, a workflow move) reindexes the document.
        var dependencies = context.dependencies();
        DocumentField.SEARCHED.forEach(field -> dependencies.use(field.name()));
        dependencies.use("title").use("body").use("fileNumber").use("type").use("classification").use("precedence").use("place").use("dateValue").use("status").use("publishedAt")
                .use("sender.role").use("sender.name").use("recipient.role").use("recipient.name")
                .use("footnotes.text").use("mentions.namePrinted").use("mentions.personId").use("participants");
        IndexSchemaElement root = context.indexSchemaElement();
        IndexFieldTypeFactory f = context.typeFactory();
        IndexFieldType<String> text = f.asString().analyzer(SearchAnalysis.ENGLISH).toIndexFieldType();
        // Text a result shows (title, body) keeps its terms' offsets in term vectors: the highlighter reads the offsets
        // of a hit's words from them instead of analysing the whole body again for each result (which cost most of a
        // search's time).
        IndexFieldType<String> shownText = f.asString().analyzer(SearchAnalysis.ENGLISH).projectable(Projectable.YES)
                .highlightable(List.of(Highlightable.UNIFIED))
                .termVector(TermVector.WITH_POSITIONS_OFFSETS).toIndexFieldType();
        IndexFieldType<String> facet = f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES)
                .searchable(Searchable.YES).toIndexFieldType();
        IndexFieldType<String> shown = f.asString().projectable(Projectable.YES).searchable(Searchable.NO).toIndexFieldType();
        IndexFieldType<LocalDate> day = f.asLocalDate().sortable(Sortable.YES).projectable(Projectable.NO).toIndexFieldType();

        Refs refs = new Refs(
                root.field(TITLE, shownText).toReference(),
                root.field(BODY, shownText).toReference(),
                root.field(FOOTNOTES, text).multiValued().toReference(),
                root.field(SENDER_TEXT, text).toReference(),
                root.field(RECIPIENT_TEXT, text).toReference(),
                root.field(PERSONS_TEXT, text).multiValued().toReference(),
                root.field(FILE_TEXT, f.asString().normalizer(SearchAnalysis.KEYWORD_FOLDED).toIndexFieldType()).toReference(),
                root.field(TYPE, facet).toReference(),
                root.field(CLASSIFICATION, facet).toReference(),
                root.field(PRECEDENCE, facet).toReference(),
                root.field(SENDER, facet).toReference(),
                root.field(RECIPIENT, facet).toReference(),
                root.field(PLACE, facet).toReference(),
                root.field(YEAR, facet).toReference(),
                root.field(DECADE, facet).toReference(),
                root.field(MONTH, facet).toReference(),
                root.field(VOLUME, facet).toReference(),
                root.field(PERSON, facet).multiValued().toReference(),
                root.field(FILE, facet).toReference(),
                root.field(FOOTNOTED, facet).toReference(),
                root.field(STATUS, facet).toReference(),
                root.field(EARLIEST, day).toReference(),
                root.field(LATEST, day).toReference(),
                root.field(DATE_DISPLAY, shown).toReference(),
                root.field(PUBLISHED, f.asInstant().sortable(Sortable.YES).projectable(Projectable.YES).toIndexFieldType()).toReference(),
                root.field(ALL_FACET_VALUES, f.asString().aggregable(Aggregable.YES).searchable(Searchable.NO)
                        .projectable(Projectable.NO).toIndexFieldType()).multiValued().toReference());
        // The fields kept as analysed text under their own names (the source note, the drafting line…): one list.
        List<Searched> searched = DocumentField.SEARCHED.stream()
                .map(field -> new Searched(field, root.field(field.name(), text).toReference())).toList();
        context.bridge(Document.class, new Bridge(refs, searched));
    }

    private record Refs(IndexFieldReference<String> title, IndexFieldReference<String> body,
                        IndexFieldReference<String> footnotes,
                        IndexFieldReference<String> senderText, IndexFieldReference<String> recipientText,
                        IndexFieldReference<String> personsText, IndexFieldReference<String> fileText,
                        IndexFieldReference<String> type, IndexFieldReference<String> classification,
                        IndexFieldReference<String> precedence, IndexFieldReference<String> sender,
                        IndexFieldReference<String> recipient, IndexFieldReference<String> place,
                        IndexFieldReference<String> year, IndexFieldReference<String> decade,
                        IndexFieldReference<String> month, IndexFieldReference<String> volume,
                        IndexFieldReference<String> person, IndexFieldReference<String> file,
                        IndexFieldReference<String> footnoted, IndexFieldReference<String> status,
                        IndexFieldReference<LocalDate> earliest, IndexFieldReference<LocalDate> latest,
                        IndexFieldReference<String> dateDisplay, IndexFieldReference<Instant> published,
                        IndexFieldReference<String> facetValues) { }

    private record Searched(DocumentField field, IndexFieldReference<String> reference) { }

    private record Bridge(Refs r, List<Searched> searched) implements TypeBridge<Document> {

        @Override
        public void write(DocumentElement target, Document d, TypeBridgeWriteContext context) {
            target.addValue(r.title(), d.title());
            target.addValue(r.body(), Body.readingTextOf(d.bodyXml()));
            boolean footnoted = false;
            for (Footnote fn : d.footnotes()) {
                target.addValue(r.footnotes(), fn.text());
                footnoted = true;
            }
            DocumentDraft fields = d.draft();
            for (Searched s : searched) {
                target.addValue(s.reference(), s.field().shownIn(fields));
            }
            Party from = d.sender().party();
            Party to = d.recipient().party();
            target.addValue(r.senderText(), from.display());
            target.addValue(r.recipientText(), to.display());
            Set<String> names = new LinkedHashSet<>();
            Set<String> persons = new LinkedHashSet<>();
            for (PersonMention m : d.mentions()) {
                names.add(m.namePrinted());
                if (m.personId() != null) {
                    persons.add(m.personId().toString());
                }
            }
            // the participants of a memorandum of conversation are persons it names, searched with them
            names.addAll(d.participants());
            names.forEach(n -> target.addValue(r.personsText(), n));
            persons.forEach(p -> facet(target, r.person(), PERSON, p));
            target.addValue(r.fileText(), d.fileNumber());
            FileNumber.parseOptional(d.fileNumber()).map(FileNumber::subject).filter(s -> !s.isBlank())
                    .ifPresent(s -> facet(target, r.file(), FILE, s));

            facet(target, r.type(), TYPE, d.type().name());
            facet(target, r.classification(), CLASSIFICATION, d.classification().name());
            facet(target, r.precedence(), PRECEDENCE, d.precedence().name());
            if (from.known()) {
                facet(target, r.sender(), SENDER, from.display());
            }
            if (to.known()) {
                facet(target, r.recipient(), RECIPIENT, to.display());
            }
            if (d.place() != null && !d.place().isBlank()) {
                facet(target, r.place(), PLACE, d.place().strip());
            }
            if (!d.date().isUndated()) {
                LocalDate earliest = d.date().earliest();
                facet(target, r.year(), YEAR, String.valueOf(earliest.getYear()));
                facet(target, r.decade(), DECADE, (earliest.getYear() / 10 * 10) + "s");
                facet(target, r.month(), MONTH, String.format("%04d-%02d", earliest.getYear(), earliest.getMonthValue()));
                target.addValue(r.earliest(), earliest);
                target.addValue(r.latest(), d.date().latest());
                target.addValue(r.dateDisplay(), d.date().display());
            }
            if (d.volume() != null) {
                facet(target, r.volume(), VOLUME, d.volume().id());
            }
            facet(target, r.footnoted(), FOOTNOTED, footnoted ? "yes" : "no");
            target.addValue(r.status(), d.status().name());
            target.addValue(r.published(), d.publishedAt());
        }

        /** A facet value, in its own field (to filter by) and among all the document's facet values (to count). */
        private void facet(DocumentElement target, IndexFieldReference<String> field, String name, String value) {
            target.addValue(field, value);
            target.addValue(r.facetValues(), facetValue(name, value));
        }
    }
}
