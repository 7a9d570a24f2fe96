package org.cablearchive.publishing.oai;

import java.time.Instant;
import java.util.List;
import org.cablearchive.publishing.xml.XmlOutput;
import org.cablearchive.records.PublishedDocument;
import org.cablearchive.records.PublishedDocuments;
import org.cablearchive.records.PublishedDocuments.ChangeWindow;
import org.cablearchive.records.PublishedDocuments.Position;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The archive as an OAI-PMH 2.0 repository: every published document is an item with one record in
 * {@code oai_dc}; sets are volumes; datestamps are when a document last changed for the public, to the second.
 * The verbs' work is done here; {@link OaiController} reads the request and writes the envelope.
 */
@Component
class OaiRepository {

    static final String OAI = "http://www.openarchives.org/OAI/2.0/";

    private final PublishedDocuments documents;
    private final String configuredId;
    private final String name;
    private final String adminEmail;
    private final String rights;
    private final int pageSize;

    OaiRepository(PublishedDocuments documents,
                  @Value("${archive.oai.repository-id:}") String configuredId,
                  @Value("${archive.name:Cable Archive}") String name,
                  @Value("${archive.oai.admin-email:archivist@example.org}") String adminEmail,
                  @Value("${archive.oai.rights:}") String rights,
                  @Value("${archive.oai.page-size:100}") int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("archive.oai.page-size must be at least 1");
        }
        this.documents = documents;
        this.configuredId = configuredId;
        this.name = name;
        this.adminEmail = adminEmail;
        this.rights = rights.isBlank() ? null : rights;
        this.pageSize = pageSize;
    }

    /** Where the archive is answered from: its address (no trailing slash) and its host, for identifiers. */
    record Site(String url, String host) { }

    /**
     * Checks the request and resolves what it asks for before anything is written, so that an error is an error
     * answer, not half a list; then {@link Answer#write} writes the verb's element.
     */
    Answer answer(OaiArguments args, Site site, Instant now) {
        String repositoryId = configuredId.isBlank() ? site.host() : configuredId;
        return switch (args.verb()) {
            case Identify -> out -> identify(out, site, now);
            case ListMetadataFormats -> listMetadataFormats(args, repositoryId);
            case ListSets -> listSets(args);
            case GetRecord -> getRecord(args, site, repositoryId);
            case ListIdentifiers, ListRecords -> list(args, site, repositoryId, now);
        };
    }

    /** The body of an answer, resolved and ready to be written. */
    interface Answer {
        void write(XmlOutput out);
    }

    private void identify(XmlOutput out, Site site, Instant now) {
        out.start("Identify")
                .element("repositoryName", name)
                .element("baseURL", site.url() + "/oai")
                .element("protocolVersion", "2.0")
                .element("adminEmail", adminEmail)
                .element("earliestDatestamp", HarvestWindow.datestamp(documents.earliestChange().orElse(now)))
                .element("deletedRecord", "no")
                .element("granularity", "YYYY-MM-DDThh:mm:ssZ")
                .end();
    }

    private Answer listMetadataFormats(OaiArguments args, String repositoryId) {
        if (args.identifier() != null) {
            item(args.identifier(), repositoryId);
        }
        return out -> out.start("ListMetadataFormats").start("metadataFormat")
                .element("metadataPrefix", DublinCore.PREFIX)
                .element("schema", DublinCore.SCHEMA)
                .element("metadataNamespace", DublinCore.NAMESPACE)
                .end().end();
    }

    private Answer listSets(OaiArguments args) {
        if (args.resumptionToken() != null) {
            throw new OaiError(OaiError.Code.badResumptionToken, "The list of sets is always given whole: there is no token to resume");
        }
        List<PublishedDocuments.Volume> sets = documents.volumes();
        if (sets.isEmpty()) {
            throw new OaiError(OaiError.Code.noSetHierarchy, "No volume has published documents yet, so there are no sets");
        }
        return out -> {
            out.start("ListSets");
            for (PublishedDocuments.Volume v : sets) {
                out.start("set").element("setSpec", v.id()).element("setName", v.title()).end();
            }
            out.end();
        };
    }

    private Answer getRecord(OaiArguments args, Site site, String repositoryId) {
        PublishedDocument d = item(args.identifier(), repositoryId);
        requireDublinCore(args.metadataPrefix());
        return out -> {
            out.start("GetRecord");
            record(out, d, site, repositoryId);
            out.end();
        };
    }

    private Answer list(OaiArguments args, Site site, String repositoryId, Instant now) {
        ResumptionToken resumed = args.resumptionToken() == null ? null
                : ResumptionToken.decode(args.resumptionToken(), args.verb());
        String prefix = resumed == null ? args.metadataPrefix() : resumed.metadataPrefix();
        ResumptionToken start = resumed != null ? resumed : firstPage(args, now);
        requireDublinCore(prefix);
        ChangeWindow window = new ChangeWindow(start.from(), start.until(), start.set());
        List<PublishedDocument> page = documents.changed(window, resumed == null ? null : resumed.after(), pageSize + 1);
        long size = resumed == null ? documents.countChanged(window) : resumed.completeListSize();
        if (page.isEmpty()) {
            if (resumed != null) {
                throw new OaiError(OaiError.Code.badResumptionToken, "The list this token continues has no more records");
            }
            throw new OaiError(OaiError.Code.noRecordsMatch, "No published document matches these arguments");
        }
        boolean more = page.size() > pageSize;
        List<PublishedDocument> shown = more ? page.subList(0, pageSize) : page;
        long cursor = resumed == null ? 0 : resumed.cursor();
        PublishedDocument last = shown.get(shown.size() - 1);
        boolean records = args.verb() == OaiArguments.Verb.ListRecords;
        return out -> {
            out.start(args.verb().name());
            for (PublishedDocument d : shown) {
                if (records) {
                    record(out, d, site, repositoryId);
                } else {
                    header(out, d, repositoryId);
                }
            }
            if (resumed != null || more) {
                out.start("resumptionToken")
                        .attribute("completeListSize", Long.toString(Math.max(size, cursor + shown.size())))
                        .attribute("cursor", Long.toString(cursor));
                if (more) {
                    out.text(new ResumptionToken(args.verb(), prefix, start.set(), start.from(), start.until(),
                            new Position(last.changedAt(), last.id()), cursor + pageSize, size).encode());
                }
                out.end();
            }
            out.end();
        };
    }

    /** The arguments of a first request, as a token before the first page: the open end fixed at now. */
    private static ResumptionToken firstPage(OaiArguments args, Instant now) {
        HarvestWindow window = HarvestWindow.of(args.from(), args.until());
        Instant until = window.untilExclusive() == null ? now : window.untilExclusive();
        return new ResumptionToken(args.verb(), args.metadataPrefix(), args.set(), window.from(), until,
                null, 0, 0);
    }

    private static void requireDublinCore(String prefix) {
        if (!DublinCore.PREFIX.equals(prefix)) {
            throw new OaiError(OaiError.Code.cannotDisseminateFormat, "The archive gives records in oai_dc only, not in \""
                    + prefix + "\"");
        }
    }

    /** The published document an identifier names ({@code oai:<repository>:<document id>}). */
    private PublishedDocument item(String identifier, String repositoryId) {
        String prefix = "oai:" + repositoryId + ":";
        if (!identifier.startsWith(prefix)) {
            throw new OaiError(OaiError.Code.idDoesNotExist, "\"" + identifier + "\" is not an identifier of this repository ("
                    + prefix + "<document id>)");
        }
        return documents.find(identifier.substring(prefix.length()))
                .orElseThrow(() -> new OaiError(OaiError.Code.idDoesNotExist, "No published document is identified as \""
                        + identifier + "\""));
    }

    private void record(XmlOutput out, PublishedDocument d, Site site, String repositoryId) {
        out.start("record");
        header(out, d, repositoryId);
        out.start("metadata");
        DublinCore.write(out, d, site.url(), name, rights);
        out.end().end();
    }

    private static void header(XmlOutput out, PublishedDocument d, String repositoryId) {
        out.start("header")
                .element("identifier", identifier(repositoryId, d.id()))
                .element("datestamp", HarvestWindow.datestamp(d.changedAt()))
                .element("setSpec", d.volumeId())
                .end();
    }

    static String identifier(String repositoryId, String documentId) {
        return "oai:" + repositoryId + ":" + documentId;
    }
}
