package org.cablearchive.records.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cablearchive.records.domain.TelegramMatcher.Citing;
import org.cablearchive.records.domain.TelegramMatcher.Telegram;
import org.springframework.stereotype.Component;

/** Ties the telegram references of a document saved on its own to the telegrams they name ({@link TelegramMatcher}). */
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
        Set<String> numbers = new HashSet<>();
        for (CrossReference ref : document.references()) {
            if (!ref.isResolved() && ref.kind().isTelegram() && ref.number() != null) {
                numbers.add(ref.number());
            }
        }
        if (!numbers.isEmpty()) {
            Map<String, List<Telegram>> telegrams = TelegramMatcher.byNumber(
                    documents.telegramsNumbered(numbers).stream().map(Telegram::of).toList());
            Citing citing = citing(document);
            for (CrossReference ref : document.references()) {
                if (!ref.isResolved() && ref.number() != null) {
                    String target = TelegramMatcher.match(ref.kind(), ref.number(), ref.date(), citing,
                            telegrams.getOrDefault(ref.number(), List.of()));
                    if (target != null) {
                        ref.resolveTo(target);
                    }
                }
            }
        }
        if (document.telegramNumber() != null && !document.date().isUndated()) {
            List<CrossReference> waiting = references.unresolvedTelegramReferences(document.telegramNumber());
            if (!waiting.isEmpty()) {
                List<Telegram> numbered = documents.telegramsNumbered(Set.of(document.telegramNumber())).stream()
                        .map(Telegram::of).toList();
                for (CrossReference ref : waiting) {
                    if (document.id().equals(TelegramMatcher.match(ref.kind(), ref.number(), ref.date(),
                            citing(ref.document()), numbered))) {
                        ref.resolveTo(document.id());
                    }
                }
            }
        }
    }

    private static Citing citing(Document d) {
        return new Citing(d.id(), d.date().isUndated() ? null : d.date().latest(), d.place(), d.sender().party().name(),
                d.volume() == null ? null : d.volume().id());
    }
}
