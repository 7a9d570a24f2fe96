package org.cablearchive.testing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cablearchive.ingest.volumes.VolumeImporter;

/**
 * A FRUS TEI volume of a handful of documents, built in the test, for tests that need some documents of a volume and
 * not a whole real one: the structure FRUS files have (the header's titles, editors and {@code idno}; the front
 * matter's persons and terms; a compilation of chapters; documents {@code d1}…{@code dN} with their source note,
 * a head naming sender and recipient, a dateline with place and time, classification and precedence, paragraphs with
 * glossed abbreviations and named persons, footnotes, page breaks and a signature). Whole real volumes stay where
 * fidelity to them is the point (the import, the TEI round trip, search answers, citations).
 *
 * <pre>{@code
 * SmallFrusVolume.of("links-small")
 *         .person("p_RKL1", "Rankin, Karl L.", "Chargé in the Republic of China")
 *         .chapter("United States policy toward China")
 *         .document(SmallFrusVolume.telegram("The Chargé in the Republic of China", "p_RKL1", "Rankin", "Secretary of State")
 *                 .file("794A.00/4–751").sent("Taipei", "1951-04-07T15:00").classified("secret")
 *                 .paragraph("1362. Re <gloss target=\"#t_Deptel1\">Deptel</gloss> 1035.").footnote("Not printed."))
 *         .importInto(importer, false);
 * }</pre>
 */
public final class SmallFrusVolume {

    private static final DateTimeFormatter PRINTED_DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);

    private final String id;
    private String title;
    private int firstPage = 1;
    private final List<String[]> persons = new ArrayList<>();
    private final List<String[]> terms = new ArrayList<>();
    private final List<Chapter> chapters = new ArrayList<>();

    private record Chapter(String head, List<Document> documents) { }

    private SmallFrusVolume(String id) {
        this.id = id;
        this.title = "Foreign Relations of the United States, 1951, Volume XCIX, Tests and Trials (" + id + ")";
        // The telegraphic abbreviations FRUS lists in nearly every volume of the period.
        term("t_Deptel1", "Deptel", "Department of State telegram");
        term("t_Embtel1", "Embtel", "Embassy telegram");
        term("t_Govt1", "Govt", "Government");
        term("t_urtel1", "urtel", "your telegram");
    }

    /** An empty volume with this FRUS identifier (its {@code idno}), the id its documents' ids begin with. */
    public static SmallFrusVolume of(String id) {
        return new SmallFrusVolume(id);
    }

    /**
     * A volume of {@code documents} telegrams (at most twelve) in one chapter, as an exchange between the Department and
     * the Embassy in Moscow in 1951: each dated, classified, numbered, signed, naming a person of the volume's list,
     * answering the one before by its number, with a source note and a footnote pointing to the page before.
     */
    public static SmallFrusVolume exchange(String id, int documents) {
        if (documents < 1 || documents > 12) {
            throw new IllegalArgumentException("from 1 to 12 documents");
        }
        SmallFrusVolume volume = of(id)
                .person("p_KAG1", "Kirk, Alan G.", "Ambassador in the Soviet Union")
                .person("p_AD1", "Acheson, Dean", "Secretary of State")
                .person("p_VAY1", "Vyshinsky, Andrei Y.", "Soviet Minister of Foreign Affairs")
                .chapter("Relations of the United States with the Soviet Union");
        String[] classifications = {"secret", "confidential", "top secret", "restricted"};
        for (int n = 1; n <= documents; n++) {
            boolean fromPost = n % 2 == 1;
            int number = 600 + n * 7;
            LocalDateTime sent = LocalDateTime.of(1951, n, 3 + n, 9 + n, 0);
            Document telegram = fromPost
                    ? telegram("The Ambassador in the Soviet Union", "p_KAG1", "Kirk", "Secretary of State").sent("Moscow", sent)
                    : telegram("The Secretary of State", "p_AD1", "Acheson", "Embassy in the Soviet Union").sent("Washington", sent);
            telegram.file("611.61/" + n + "–" + (3 + n) + "51").classified(classifications[n % classifications.length])
                    .precedence(n % 3 == 0 ? "priority" : null);
            String answered = n == 1 ? "" : " Re <gloss target=\"" + (fromPost ? "#t_Deptel1\">Deptel" : "#t_Embtel1\">Embtel")
                    + "</gloss> " + (600 + (n - 1) * 7) + ".";
            telegram.paragraph(number + "." + answered + " Conversation today with <persName corresp=\"#p_VAY1\">Vyshinsky</persName>"
                            + " on telegram " + n + " of volume " + id + ", the <gloss target=\"#t_Govt1\">Govt</gloss>'s view.")
                    .footnote(n == 1 ? "Not printed." : "See <ref target=\"#pg_" + (n - 1) + "\">p. " + (n - 1) + "</ref>.")
                    .paragraph("Second paragraph of telegram " + n + ", on the same page.")
                    .signed(fromPost ? "Kirk" : "Acheson");
            volume.document(telegram);
        }
        return volume;
    }

    /** A telegram from a sender (a title, the person's id in the volume's list or null, the name printed) to a recipient. */
    public static Document telegram(String senderTitle, String senderId, String senderName, String recipient) {
        return new Document(senderTitle, senderId, senderName, recipient);
    }

    public SmallFrusVolume title(String complete) {
        this.title = complete;
        return this;
    }

    /** The printed page the first document starts on; each document starts a new page, and each page break a page. */
    public SmallFrusVolume firstPage(int page) {
        this.firstPage = page;
        return this;
    }

    /** A person of the front matter's list ({@code p_…}), as FRUS writes it: "Surname, Given names", a description. */
    public SmallFrusVolume person(String xmlId, String name, String description) {
        persons.add(new String[] {xmlId, name, description});
        return this;
    }

    /** A term of the front matter's list of abbreviations ({@code t_…}). */
    public SmallFrusVolume term(String xmlId, String term, String expansion) {
        terms.add(new String[] {xmlId, term, expansion});
        return this;
    }

    /** A chapter ({@code ch1}, {@code ch2}…) of the volume's one compilation; documents go into the last one. */
    public SmallFrusVolume chapter(String head) {
        chapters.add(new Chapter(head, new ArrayList<>()));
        return this;
    }

    public SmallFrusVolume document(Document document) {
        if (chapters.isEmpty()) {
            chapter("Documents");
        }
        chapters.get(chapters.size() - 1).documents().add(document);
        return this;
    }

    public int documents() {
        return chapters.stream().mapToInt(c -> c.documents().size()).sum();
    }

    public String id() {
        return id;
    }

    /** The volume's TEI, as a file of the Office of the Historian's. */
    public byte[] tei() {
        StringBuilder tei = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:frus="http://history.state.gov/frus/ns/1.0" xml:id="%1$s">
                <teiHeader><fileDesc><titleStmt>
                <title type="complete">%2$s</title>
                <title type="series">Foreign Relations of the United States</title>
                <title type="subseries">1951</title>
                <title type="volumenumber">Volume XCIX</title>
                <title type="volume">Tests and Trials</title>
                <editor role="primary">Jane Q. Editor</editor>
                <editor role="general">John P. Glennon</editor>
                </titleStmt><publicationStmt><date>1983</date><idno type="frus">%1$s</idno></publicationStmt></fileDesc></teiHeader>
                <text><front>
                """.formatted(id, escape(title)));
        if (!persons.isEmpty()) {
            tei.append("<div type=\"section\" xml:id=\"persons\"><head>Persons</head><list type=\"names\">\n");
            persons.forEach(p -> tei.append("<item><hi rend=\"strong\"><persName xml:id=\"").append(p[0]).append("\">")
                    .append(escape(p[1])).append("</persName>,</hi> ").append(escape(p[2])).append("</item>\n"));
            tei.append("</list></div>\n");
        }
        tei.append("<div type=\"section\" xml:id=\"terms\"><head>Abbreviations and Terms</head><list type=\"terms\">\n");
        terms.forEach(t -> tei.append("<item><hi rend=\"strong\"><term xml:id=\"").append(t[0]).append("\">")
                .append(escape(t[1])).append("</term>,</hi> ").append(escape(t[2])).append("</item>\n"));
        tei.append("</list></div>\n</front>\n<body>\n<div type=\"compilation\" xml:id=\"comp1\"><head>Tests and Trials</head>\n");
        int n = 0;
        int page = firstPage;
        for (int c = 0; c < chapters.size(); c++) {
            Chapter chapter = chapters.get(c);
            tei.append("<div type=\"chapter\" xml:id=\"ch").append(c + 1).append("\"><head>").append(escape(chapter.head()))
                    .append("</head>\n");
            for (Document document : chapter.documents()) {
                n++;
                page = document.appendTo(tei, n, page) + 1;
            }
            tei.append("</div>\n");
        }
        tei.append("</div>\n</body>\n</text>\n</TEI>\n");
        return tei.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Imports the volume through the archive's own importer, published or as drafts, overwriting an earlier import. */
    public VolumeImporter.Result importInto(VolumeImporter importer, boolean asDraft) {
        return importer.importVolume(new ByteArrayInputStream(tei()), id, new VolumeImporter.Options(asDraft, true),
                VolumeImporter.Progress.NONE, "test");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * One document of the volume; paragraphs and footnotes are TEI (mixed content: gloss, persName, ref, hi…). A
     * telegram's number begins its first paragraph ("1362. Re Deptel 1035…"), as FRUS prints it.
     */
    public static final class Document {
        private final String senderTitle;
        private final String senderId;
        private final String senderName;
        private final String recipient;
        private String file;
        private String place;
        private LocalDateTime sent;
        private String classification;
        private String precedence;
        private String signer;
        private final List<String> paragraphs = new ArrayList<>();
        private final List<String> footnotes = new ArrayList<>();
        private final List<Integer> footnoteParagraphs = new ArrayList<>();

        private Document(String senderTitle, String senderId, String senderName, String recipient) {
            this.senderTitle = senderTitle;
            this.senderId = senderId;
            this.senderName = senderName;
            this.recipient = recipient;
        }

        /** The file number of its source note ({@code 611.61/10–1551: Telegram}). */
        public Document file(String fileNumber) {
            this.file = fileNumber;
            return this;
        }

        /** Where and when it was sent, as its dateline prints it ("Moscow, October 15, 1951—2 p. m."). */
        public Document sent(String place, LocalDateTime when) {
            this.place = place;
            this.sent = when;
            return this;
        }

        public Document sent(String place, String isoDateTime) {
            return sent(place, LocalDateTime.parse(isoDateTime));
        }

        /** The classification as printed, in small capitals ("secret", "top secret"). */
        public Document classified(String classification) {
            this.classification = classification;
            return this;
        }

        /** The precedence as printed ("priority", "niact"), or null. */
        public Document precedence(String precedence) {
            this.precedence = precedence;
            return this;
        }

        public Document paragraph(String tei) {
            paragraphs.add(tei);
            return this;
        }

        /** A footnote ({@code d<N>fn<M>}) anchored at the end of the last paragraph so far. */
        public Document footnote(String tei) {
            if (paragraphs.isEmpty() || paragraphs.get(paragraphs.size() - 1) == null) {
                throw new IllegalStateException("a footnote needs a paragraph to stand in");
            }
            footnotes.add(tei);
            footnoteParagraphs.add(paragraphs.size() - 1);
            return this;
        }

        /** A page break ({@code <pb/>}) after the paragraphs so far: the document runs on to the next printed page. */
        public Document pageBreak() {
            paragraphs.add(null);
            return this;
        }

        public Document signed(String name) {
            this.signer = name;
            return this;
        }

        /** Writes the document, starting on {@code page}; returns the page it ends on. */
        private int appendTo(StringBuilder tei, int n, int page) {
            tei.append("<div type=\"document\" xml:id=\"d").append(n).append("\" n=\"").append(n).append("\">\n");
            pageBreak(tei, page);
            if (file != null) {
                tei.append("<note rend=\"inline\" type=\"source\">").append(escape(file)).append(": Telegram</note>\n");
            }
            tei.append("<head><hi rend=\"italic\">").append(escape(senderTitle)).append("</hi> (<persName type=\"from\"")
                    .append(senderId == null ? "" : " corresp=\"#" + senderId + "\"").append(">").append(escape(senderName))
                    .append("</persName>) <hi rend=\"italic\">to the <gloss type=\"to\">").append(escape(recipient))
                    .append("</gloss></hi></head>\n");
            if (place != null || classification != null) {
                tei.append("<opener>");
                if (place != null) {
                    tei.append("<dateline rendition=\"#right\"><placeName><hi rend=\"smallcaps\">").append(escape(place))
                            .append("</hi></placeName>, <date when=\"").append(WHEN.format(sent)).append("\">").append(printed(sent))
                            .append("</date></dateline>");
                }
                if (classification != null) {
                    tei.append("<seg rendition=\"#left\"><hi rend=\"smallcaps\">").append(escape(classification))
                            .append(precedence == null ? "" : "\u2003 " + escape(precedence)).append("</hi></seg>");
                }
                tei.append("</opener>\n");
            }
            for (int p = 0; p < paragraphs.size(); p++) {
                if (paragraphs.get(p) == null) {
                    pageBreak(tei, ++page);
                    continue;
                }
                tei.append("<p>").append(paragraphs.get(p));
                for (int f = 0; f < footnotes.size(); f++) {
                    if (footnoteParagraphs.get(f) == p) {
                        tei.append("<note n=\"").append(f + 1).append("\" xml:id=\"d").append(n).append("fn").append(f + 1)
                                .append("\">").append(footnotes.get(f)).append("</note>");
                    }
                }
                tei.append("</p>\n");
            }
            if (signer != null) {
                tei.append("<closer><signed><hi rend=\"smallcaps\">").append(escape(signer)).append("</hi></signed></closer>\n");
            }
            tei.append("</div>\n");
            return page;
        }

        private static void pageBreak(StringBuilder tei, int page) {
            tei.append("<pb n=\"").append(page).append("\" xml:id=\"pg_").append(page).append("\" facs=\"")
                    .append(String.format("%04d", page)).append("\"/>\n");
        }

        /** "April 7, 1951—3 p. m.", as FRUS prints a dateline's time. */
        private static String printed(LocalDateTime when) {
            int hour = when.getHour() % 12 == 0 ? 12 : when.getHour() % 12;
            String minutes = when.getMinute() == 0 ? "" : String.format(":%02d", when.getMinute());
            return PRINTED_DAY.format(when) + "\u2014" + hour + minutes + (when.getHour() < 12 ? " a. m." : " p. m.");
        }
    }
}
