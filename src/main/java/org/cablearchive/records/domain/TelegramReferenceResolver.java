package org.cablearchive.records.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Ties telegram references ("Embtel 634, October 15") to the telegrams they name. A reference is resolved only
 * when exactly one telegram in the archive bears its number on its date (or, when the reference gives no date,
 * within the year before the citing document): telegram numbers restart every year and differ by post, so a
 * guess among several would mislead a researcher more than an unresolved label.
 */
@Component
class TelegramReferenceResolver {

    private final DocumentRepository documents;
    private final CrossReferenceRepository references;

    TelegramReferenceResolver(DocumentRepository documents, CrossReferenceRepository references) {
        this.documents = documents;
        this.references = references;
    }

    /** Resolves the new document's own references, and earlier references that were waiting for it. */
    void resolve(Document document) {
        for (CrossReference ref : document.references()) {
            if (!ref.isResolved() && ref.kind().isTelegram() && ref.number() != null) {
                LocalDate[] window = window(ref, document);
                if (window != null) {
                    List<String> candidates = documents.telegramsNumbered(ref.number(), window[0], window[1]).stream()
                            .filter(id -> !id.equals(document.id()))
                            .toList();
                    if (candidates.size() == 1) {
                        ref.resolveTo(candidates.get(0));
                    }
                }
            }
        }
        if (document.telegramNumber() != null && !document.date().isUndated()) {
            for (CrossReference waiting : references.unresolvedTelegramReferences(document.telegramNumber())) {
                LocalDate[] window = window(waiting, waiting.document());
                if (window != null && !waiting.document().id().equals(document.id())
                        && overlaps(window, document.date().earliest(), document.date().latest())
                        && documents.telegramsNumbered(waiting.number(), window[0], window[1]).size() == 1) {
                    waiting.resolveTo(document.id());
                }
            }
        }
    }

    /** The days a reference can mean: its own date, or the year up to the citing document's date. */
    private static LocalDate[] window(CrossReference ref, Document citing) {
        if (ref.date() != null) {
            return new LocalDate[] {ref.date(), ref.date()};
        }
        if (citing.date().isUndated()) {
            return null;
        }
        LocalDate latest = citing.date().latest();
        return new LocalDate[] {latest.minusYears(1), latest};
    }

    private static boolean overlaps(LocalDate[] window, LocalDate earliest, LocalDate latest) {
        return !earliest.isAfter(window[1]) && !latest.isBefore(window[0]);
    }
}
