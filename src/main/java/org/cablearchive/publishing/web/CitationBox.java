package org.cablearchive.publishing.web;

import java.util.List;
import org.cablearchive.publishing.citation.ChicagoNote;
import org.cablearchive.publishing.citation.HtmlMeta;

/** What the reading page shows of a citation: the note to copy, the {@code <meta>} tags, and the document's id. */
public record CitationBox(String id, ChicagoNote note, List<HtmlMeta.Meta> meta) { }
