package org.cablearchive.records.domain;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * Published in the loading transaction each time a volume load has written a batch of new documents as plain rows
 * (past the entity manager): the documents as they were written, in memory, so that whoever keeps a copy of them
 * (the search index) takes them from here instead of reading them back.
 */
@NamedInterface("entities")
public record NewDocumentsWritten(String volumeId, List<Document> documents) { }
