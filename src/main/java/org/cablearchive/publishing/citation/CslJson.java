package org.cablearchive.publishing.citation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cablearchive.records.Party;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The document as CSL-JSON (the input format of citeproc processors, Zotero, Pandoc): an array holding one item.
 *
 * <p>Correspondence (telegrams, airgrams, letters, despatches, notes) is a {@code personal_communication} with its
 * sender as author and its recipient as recipient; anything else is a {@code document}. {@code issued} is the
 * document's own date, at the precision the source gives. A document of a volume names the volume as
 * {@code container-title}, its editors, printer, place, the document number ({@code number}) and its printed pages;
 * {@code archive} is the archive and {@code archive_location} the file the original was found in.
 */
public final class CslJson {

    public static final String MEDIA_TYPE = "application/vnd.citationstyles.csl+json";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private CslJson() {
    }

    public static String of(CitedDocument d) {
        return JSON.writeValueAsString(List.of(item(d)));
    }

    static Map<String, Object> item(CitedDocument d) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", d.id());
        item.put("type", d.isCorrespondence() ? "personal_communication" : "document");
        item.put("title", d.title());
        putIfPresent(item, "genre", d.kindWithNumber());
        putIfPresent(item, "author", names(d.sender()));
        putIfPresent(item, "recipient", names(d.recipient()));
        List<List<Integer>> parts = CitationDate.parts(d.date());
        if (!parts.isEmpty()) {
            item.put("issued", Map.of("date-parts", parts));
        }
        CitedDocument.Volume v = d.volume();
        if (v != null) {
            item.put("container-title", v.title());
            if (!v.editors().isEmpty()) {
                item.put("editor", v.editors().stream().map(e -> name(PersonName.parse(e))).toList());
            }
            putIfPresent(item, "publisher", v.publisher());
            putIfPresent(item, "publisher-place", v.place());
            putIfPresent(item, "number", v.documentNumber());
            putIfPresent(item, "page", d.pages() == null ? null : d.pages().replace('–', '-'));
        }
        item.put("URL", d.url());
        item.put("archive", CitedDocument.ARCHIVE);
        putIfPresent(item, "archive_location", d.fileNumber());
        putIfPresent(item, "note", d.participantsNote());
        return item;
    }

    /** A person by name ({"family": "Cumming"}); an office or post without a name as a literal. */
    private static List<Map<String, String>> names(Party party) {
        if (party.name() != null) {
            return List.of(name(PersonName.parse(party.name())));
        }
        return party.role() == null ? null : List.of(Map.of("literal", party.role()));
    }

    private static Map<String, String> name(PersonName n) {
        Map<String, String> name = new LinkedHashMap<>();
        name.put("family", n.family());
        putIfPresent(name, "given", n.given());
        putIfPresent(name, "suffix", n.suffix());
        return name;
    }

    private static <T> void putIfPresent(Map<String, T> map, String key, T value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
