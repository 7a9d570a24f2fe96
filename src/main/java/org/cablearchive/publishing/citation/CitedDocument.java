package org.cablearchive.publishing.citation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.cablearchive.records.Correspondence;
import org.cablearchive.records.DocumentDate;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.DocumentView;
import org.cablearchive.records.Party;
import org.cablearchive.records.PrintedPages;
import org.cablearchive.records.VolumeDraft;

/**
 * What a citation says about a document: the document itself, where the archive keeps it ({@code url}, the
 * absolute permalink of its page) and, for a document of a printed volume, that volume.
 *
 * @param pageFirst the label of the first printed page as printed ("1042", "xii", "[5]"), null when unknown
 * @param pageLast  the label of the last printed page
 * @param volume    the printed volume and the document's number in it; null for a document entered alone
 */
public record CitedDocument(String id, String title, DocumentType type, Party sender, Party recipient,
                            String telegramNumber, DocumentDate date, String place, String fileNumber,
                            String pageFirst, String pageLast, String url, Volume volume, List<String> participants) {

    /** The archive itself, named as the holder of every document it publishes. */
    public static final String ARCHIVE = "Cable Archive";

    private static final Set<DocumentType> CORRESPONDENCE = EnumSet.of(DocumentType.TELEGRAM,
            DocumentType.CIRCULAR_TELEGRAM, DocumentType.AIRGRAM, DocumentType.LETTER, DocumentType.DESPATCH,
            DocumentType.NOTE);

    public CitedDocument {
        sender = sender == null ? Party.NONE : sender;
        recipient = recipient == null ? Party.NONE : recipient;
        date = date == null ? DocumentDate.UNDATED : date;
        participants = participants == null ? List.of() : List.copyOf(participants);
    }

    /** A citation of a document without participants. */
    public CitedDocument(String id, String title, DocumentType type, Party sender, Party recipient, String telegramNumber,
                         DocumentDate date, String place, String fileNumber, String pageFirst, String pageLast, String url,
                         Volume volume) {
        this(id, title, type, sender, recipient, telegramNumber, date, place, fileNumber, pageFirst, pageLast, url, volume,
                null);
    }

    /** "Participants: The Secretary; Ambassador Dobrynin", a note for the reference; null without participants. */
    public String participantsNote() {
        return participants.isEmpty() ? null : "Participants: " + String.join("; ", participants);
    }

    /** The citation of a document as the reader sees it, with its volume (null when it stands alone). */
    public static CitedDocument of(DocumentView d, VolumeDraft volume, String url) {
        Correspondence c = d.correspondence();
        return new CitedDocument(d.id(), d.identification().title(), d.identification().type(), c.sender(), c.recipient(),
                d.dispatch().telegramNumber(), c.date(), c.place(), d.identification().fileNumber(), d.pages().pageFirst(),
                d.pages().pageLast(), url, volume == null ? null : Volume.of(volume, d.number()), c.participants());
    }

    /** Telegrams, airgrams, letters, despatches and notes pass from a sender to a recipient. */
    public boolean isCorrespondence() {
        return CORRESPONDENCE.contains(type);
    }

    /** "Telegram 639", "Airgram", "Memorandum": the kind of document, with its number where it has one. */
    public String kindWithNumber() {
        String kind = type == null || type == DocumentType.OTHER ? null : type.label();
        if (telegramNumber == null) {
            return kind;
        }
        return (kind == null ? "No." : kind) + " " + telegramNumber;
    }

    /** The printed pages as printed, "1042–1047", "57", "xii–xiv" or "[5]"; null when unknown. */
    public String pages() {
        return pageFirst == null ? null : PrintedPages.range(pageFirst, pageLast);
    }

    /** The person who sent the document, where the source names one ("Cumming"); null otherwise. */
    public String senderName() {
        return sender.name();
    }

    /**
     * A printed volume of FRUS, as the Office of the Historian asks it to be cited: series, subseries, volume
     * number and title, editors, "Washington: Government Printing Office", the year printed, the document number.
     *
     * @param title          the complete title ("Foreign Relations of the United States, 1951, Korea and China,
     *                       Volume VII, Part 2")
     * @param documentNumber the number of the document in the volume, null when it has none
     */
    public record Volume(String id, String title, String series, List<String> editors, Integer publishedYear,
                         String documentNumber) {

        static final String FRUS = "Foreign Relations of the United States";
        static final String PLACE = "Washington";

        public Volume {
            editors = editors == null ? List.of() : List.copyOf(editors);
        }

        static Volume of(VolumeDraft v, String documentNumber) {
            return new Volume(v.id(), completeTitle(v), v.series(), v.editors(), v.publishedYear(), documentNumber);
        }

        private static String completeTitle(VolumeDraft v) {
            if (v.title() != null) {
                return v.title().strip().replaceAll("\\s+", " ");
            }
            return String.join(", ", Stream.of(v.series(), v.subseries(), v.volumeNumber(), v.volumeTitle())
                    .filter(s -> s != null && !s.isBlank()).toList());
        }

        /** True for a volume of FRUS, which the Government Printing Office prints in Washington. */
        public boolean isFrus() {
            return FRUS.equals(series) || (title != null && title.contains(FRUS));
        }

        /**
         * The printer as the volume's title page names it: the Government Printing Office, renamed the Government
         * Publishing Office in December 2014 (volumes printed in 2014 still carry the old name); null for a volume
         * of another series, whose printer the archive does not know.
         */
        public String publisher() {
            if (!isFrus()) {
                return null;
            }
            return publishedYear != null && publishedYear > 2014 ? "Government Publishing Office" : "Government Printing Office";
        }

        /** "Washington" for FRUS, null for a volume whose printer the archive does not know. */
        public String place() {
            return isFrus() ? PLACE : null;
        }

        /** "Document 4", or null for a document without a number. */
        public String documentLabel() {
            return documentNumber == null ? null : "Document " + documentNumber;
        }
    }
}
