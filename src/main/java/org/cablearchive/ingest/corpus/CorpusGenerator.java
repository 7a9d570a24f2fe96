package org.cablearchive.ingest.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.cablearchive.people.PersonDraft;
import org.cablearchive.records.Body;
import org.cablearchive.records.ChapterDraft;
import org.cablearchive.records.Classification;
import org.cablearchive.records.Correspondence;
import org.cablearchive.records.Dispatch;
import org.cablearchive.records.DocumentDate;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentText;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.Identification;
import org.cablearchive.records.Party;
import org.cablearchive.records.Precedence;
import org.cablearchive.records.PrintedPages;
import org.cablearchive.records.ReferenceKind;
import org.cablearchive.records.VolumeDocumentDraft;
import org.cablearchive.records.VolumeDraft;

/**
 * Builds a corpus of any size from real FRUS text ({@link CorpusMaterial}): volumes of {@value #VOLUME_SIZE}
 * documents whose paragraphs, heads, footnotes and persons are real, recombined, with varied metadata (dates over
 * 1861–1980, every type, classification and precedence, hundreds of posts, telegram numbers running per year) and
 * telegram references ("Urtel 634, October 15", "Deptel 512…") and document references ("Document 12") to earlier
 * documents of the same volume, written so that the archive's own resolver ties each to exactly one document.
 * The same material and seed give the same corpus.
 */
public final class CorpusGenerator {

    static final int VOLUME_SIZE = 500;
    static final int FIRST_YEAR = 1861;
    static final int LAST_YEAR = 1980;
    private static final int CHAPTERS = 5;
    private static final int PERSONS_PER_VOLUME = 90;
    private static final String[] HANDLING = {"NODIS", "EXDIS", "LIMDIS", "NOFORN", "EYES ONLY"};
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};

    /** A document kind and how often it comes, per thousand. */
    private static final Object[][] TYPES = {
            {DocumentType.TELEGRAM, 480}, {DocumentType.CIRCULAR_TELEGRAM, 30}, {DocumentType.AIRGRAM, 40},
            {DocumentType.MEMORANDUM, 110}, {DocumentType.MEMORANDUM_OF_CONVERSATION, 120}, {DocumentType.LETTER, 70},
            {DocumentType.DESPATCH, 50}, {DocumentType.NOTE, 30}, {DocumentType.EDITORIAL_NOTE, 40}, {DocumentType.OTHER, 30}};
    private static final Object[][] CLASSIFICATIONS = {
            {Classification.TOP_SECRET, 90}, {Classification.SECRET, 330}, {Classification.CONFIDENTIAL, 250},
            {Classification.RESTRICTED, 50}, {Classification.LIMITED_OFFICIAL_USE, 60},
            {Classification.OFFICIAL_USE_ONLY, 30}, {Classification.UNCLASSIFIED, 120}, {Classification.UNKNOWN, 70}};
    private static final Object[][] PRECEDENCES = {
            {Precedence.FLASH, 20}, {Precedence.NIACT, 70}, {Precedence.IMMEDIATE, 200}, {Precedence.PRIORITY, 250},
            {Precedence.ROUTINE, 300}, {Precedence.UNKNOWN, 160}};

    private final CorpusMaterial material;
    private final List<String[]> posts;
    private final long seed;
    private final int documents;
    private final int volumeCount;
    private final Random random;
    /** Telegram numbers run per year across the corpus, so a number and a day name one telegram. */
    private final Map<Integer, Integer> telegramNumbers = new HashMap<>();
    private int generated;
    private int volumeIndex;

    public CorpusGenerator(CorpusMaterial material, long seed, int documents) {
        this.material = material;
        this.posts = readPosts();
        this.seed = seed;
        this.documents = documents;
        this.volumeCount = (documents + VOLUME_SIZE - 1) / VOLUME_SIZE;
        this.random = new Random(seed);
    }

    /** A generated volume: its header, persons list, chapters and documents, in the order an import gives them. */
    public record GeneratedVolume(VolumeDraft volume, List<PersonDraft> persons, List<ChapterDraft> chapters,
                           List<VolumeDocumentDraft> documents) { }

    public int volumeCount() {
        return volumeCount;
    }

    public boolean hasNext() {
        return generated < documents;
    }

    String volumeId(int index) {
        return "corpus-s" + seed + "-v" + String.format(Locale.ROOT, "%04d", index + 1);
    }

    public GeneratedVolume next() {
        int size = Math.min(VOLUME_SIZE, documents - generated);
        int v = volumeIndex++;
        // Volumes spread over 1861–1980, each covering one to three years, documents in date order.
        int firstYear = FIRST_YEAR + (int) ((v + random.nextDouble()) * (LAST_YEAR - FIRST_YEAR + 1) / volumeCount);
        firstYear = v == 0 ? FIRST_YEAR : Math.min(firstYear, LAST_YEAR);
        int lastYear = v == volumeCount - 1 ? LAST_YEAR : Math.min(LAST_YEAR, firstYear + random.nextInt(3));
        LocalDate start = LocalDate.of(firstYear, 1, 1);
        long days = LocalDate.of(lastYear, 12, 31).toEpochDay() - start.toEpochDay();
        String[] mainPost = posts.get(random.nextInt(posts.size()));
        String theme = pick(material.chapterTitles, "Relations with " + mainPost[1]);
        String subseries = firstYear == lastYear ? String.valueOf(firstYear) : firstYear + "–" + lastYear;
        String id = volumeId(v);
        String number = "Volume " + ROMAN[v % ROMAN.length] + (v >= ROMAN.length ? ", Part " + (v / ROMAN.length + 1) : "");
        List<PersonDraft> persons = volumePersons();
        VolumeDraft volume = new VolumeDraft(id, "Foreign Relations of the United States, " + subseries + ", " + number
                + ", " + theme, "Foreign Relations of the United States", subseries, number, theme,
                List.of(surnameFirst(persons.get(0)), surnameFirst(persons.get(1))), Math.min(2020, lastYear + 25 + random.nextInt(15)));
        List<ChapterDraft> chapters = new ArrayList<>();
        for (int c = 1; c <= CHAPTERS; c++) {
            chapters.add(new ChapterDraft("ch" + c, null, "CHAPTER", pick(material.chapterTitles, "Chapter " + c), null));
        }
        VolumeState state = new VolumeState(id, mainPost, persons);
        List<VolumeDocumentDraft> docs = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            LocalDate day = start.plusDays(days * i / Math.max(1, size) + random.nextInt(2));
            if (day.getYear() > lastYear) {
                day = LocalDate.of(lastYear, 12, 31);
            }
            docs.add(document(state, i, "ch" + (1 + i * CHAPTERS / size), day));
            generated++;
        }
        return new GeneratedVolume(volume, persons, chapters, docs);
    }

    /** The volume's persons list: a few of many, the well-known ones (early in the pool) far more often. */
    private List<PersonDraft> volumePersons() {
        Map<String, PersonDraft> chosen = new LinkedHashMap<>();
        List<PersonDraft> pool = material.persons;
        int want = Math.min(PERSONS_PER_VOLUME, Math.max(2, pool.size()));
        for (int tries = 0; chosen.size() < want && tries < want * 20; tries++) {
            int k = (int) (pool.size() * Math.pow(random.nextDouble(), 2.5));
            PersonDraft p = pool.get(k);
            chosen.putIfAbsent("p_" + k, new PersonDraft("p_" + k, p.name(), p.description()));
        }
        while (chosen.size() < 2) {
            chosen.put("p_x" + chosen.size(), new PersonDraft("p_x" + chosen.size(), "Doe" + chosen.size() + ", John", null));
        }
        return new ArrayList<>(chosen.values());
    }

    /** What a volume remembers while its documents are made: its main post, persons, and telegrams to refer back to. */
    private static final class VolumeState {
        final String volumeId;
        final String[] mainPost;
        final List<PersonDraft> persons;
        final Map<String, List<Sent>> fromPost = new HashMap<>();
        final Map<String, List<Sent>> toPost = new HashMap<>();
        int page = 1;

        VolumeState(String volumeId, String[] mainPost, List<PersonDraft> persons) {
            this.volumeId = volumeId;
            this.mainPost = mainPost;
            this.persons = persons;
        }
    }

    /** A telegram already in the volume: where it went or came from, its number and day. */
    private record Sent(String number, LocalDate day) { }

    private VolumeDocumentDraft document(VolumeState state, int i, String chapter, LocalDate day) {
        DocumentType type = weighted(TYPES);
        boolean telegram = type == DocumentType.TELEGRAM || type == DocumentType.CIRCULAR_TELEGRAM;
        String[] post = random.nextInt(100) < 40 ? state.mainPost : posts.get(random.nextInt(posts.size()));
        boolean fromDepartment = type == DocumentType.CIRCULAR_TELEGRAM || telegram && random.nextBoolean();
        PersonDraft person = personOf(state);
        String surname = surname(person);
        String xmlId = "d" + (i + 1);
        boolean modern = day.getYear() >= 1961;
        Mentions mentions = new Mentions();

        String title;
        String place;
        Party sender;
        Party recipient;
        String telegramNumber = null;
        if (telegram || type == DocumentType.AIRGRAM || type == DocumentType.DESPATCH) {
            String kind = type == DocumentType.DESPATCH ? "Despatch" : type == DocumentType.AIRGRAM ? "Airgram" : "Telegram";
            if (type == DocumentType.CIRCULAR_TELEGRAM) {
                title = "Circular Telegram From the Department of State to Certain Diplomatic Posts";
                place = "Washington";
                sender = new Party("Secretary of State", surname);
                recipient = new Party("Certain Diplomatic Posts", null);
            } else if (fromDepartment) {
                title = modern ? kind + " From the Department of State to the Embassy in " + post[1]
                        : "The Secretary of State to the Embassy in " + post[1];
                place = "Washington";
                sender = new Party("Secretary of State", surname);
                recipient = new Party("Embassy in " + post[1], null);
            } else {
                title = modern ? kind + " From the Embassy in " + post[1] + " to the Department of State"
                        : "The Ambassador in " + post[1] + " (" + surname + ") to the Secretary of State";
                place = post[0];
                sender = new Party("Ambassador in " + post[1], surname);
                recipient = new Party("Secretary of State", null);
            }
            if (telegram) {
                telegramNumber = String.valueOf(telegramNumbers.merge(day.getYear(), 1, Integer::sum));
            }
        } else {
            title = pick(material.heads, type.label());
            place = random.nextInt(100) < 70 ? "Washington" : pick(material.places, post[0]);
            sender = new Party(null, surname);
            recipient = new Party(null, surname(personOf(state)));
        }

        // Body: the head, paragraphs of real text, references, footnote anchors, persons named.
        StringBuilder body = new StringBuilder("<body><head>").append(escape(title)).append("</head>");
        List<DocumentDraft.ReferenceDraft> references = new ArrayList<>();
        String opening = "";
        if (telegram) {
            opening = telegramNumber + ". ";
            Sent cited = null;
            ReferenceKind kind = null;
            if (!fromDepartment && type == DocumentType.TELEGRAM) {
                cited = last(state.toPost.get(post[0]));
                kind = ReferenceKind.DEPTEL;
            } else if (type == DocumentType.TELEGRAM) {
                cited = last(state.fromPost.get(post[0]));
                kind = random.nextBoolean() ? ReferenceKind.URTEL : ReferenceKind.EMBTEL;
            }
            if (cited != null && random.nextInt(100) < 45) {
                String label = label(kind) + " " + cited.number() + ", " + monthDay(cited.day());
                references.add(new DocumentDraft.ReferenceDraft("xr1", kind, cited.number(), cited.day(), label, null));
                opening += "Re <ref corresp=\"#xr1\">" + escape(label) + "</ref>. ";
            }
        }
        if (i > 3 && random.nextInt(100) < 10) {
            int target = 1 + random.nextInt(i);
            String label = "Document " + target;
            references.add(new DocumentDraft.ReferenceDraft("xr" + (references.size() + 1), ReferenceKind.DOCUMENT, null, null,
                    label, state.volumeId + "#d" + target));
        }
        if (type == DocumentType.MEMORANDUM_OF_CONVERSATION) {
            body.append("<p>PARTICIPANTS: ");
            int n = 2 + random.nextInt(3);
            for (int k = 0; k < n; k++) {
                PersonDraft p = personOf(state);
                body.append(k == 0 ? "" : "; ").append(mentions.persName(p));
            }
            body.append("</p>");
        }
        int paragraphs = 2 + random.nextInt(6);
        int notes = random.nextInt(100) < 40 ? 0 : 1 + random.nextInt(3);
        List<DocumentDraft.FootnoteDraft> footnotes = new ArrayList<>();
        for (int p = 0; p < paragraphs; p++) {
            body.append("<p>");
            if (p == 0) {
                body.append(opening);
            }
            body.append(escape(pick(material.paragraphs, "Text.")));
            if (p == paragraphs - 1 && references.size() > 0 && references.get(references.size() - 1).kind() == ReferenceKind.DOCUMENT) {
                DocumentDraft.ReferenceDraft r = references.get(references.size() - 1);
                body.append(" See <ref corresp=\"#").append(r.key()).append("\">").append(escape(r.label())).append("</ref>.");
            }
            if (random.nextInt(100) < 15) {
                body.append(' ').append(mentions.persName(personOf(state))).append(" concurred.");
            }
            if (footnotes.size() < notes && (random.nextBoolean() || p == paragraphs - 1)) {
                int n = footnotes.size() + 1;
                String key = xmlId + "fn" + n;
                String text = pick(material.footnotes, "Not printed.");
                body.append("<note n=\"").append(n).append("\" xml:id=\"").append(key).append("\"/>");
                footnotes.add(new DocumentDraft.FootnoteDraft(key, String.valueOf(n), text,
                        "<note n=\"" + n + "\" xml:id=\"" + key + "\">" + escape(text) + "</note>"));
            }
            body.append("</p>");
        }
        if (telegram && !fromDepartment || type == DocumentType.LETTER || type == DocumentType.DESPATCH) {
            body.append("<p>").append(mentions.persName(person)).append("</p>");
        }
        body.append("</body>");

        if (telegram && telegramNumber != null) {
            Sent sent = new Sent(telegramNumber, day);
            (fromDepartment ? state.toPost : state.fromPost).computeIfAbsent(post[0], k -> new ArrayList<>()).add(sent);
        }
        Classification classification = weighted(CLASSIFICATIONS);
        Precedence precedence = telegram || type == DocumentType.AIRGRAM ? weighted(PRECEDENCES) : Precedence.UNKNOWN;
        List<String> handling = random.nextInt(100) < 12 ? List.of(HANDLING[random.nextInt(HANDLING.length)]) : List.of();
        String fileNumber = fileNumber(day, post);
        String sourceNote = fileNumber + ": " + type.label();
        boolean undated = type == DocumentType.EDITORIAL_NOTE && random.nextInt(100) < 30;
        int pages = 1 + paragraphs / 3;
        int pageStart = state.page;
        state.page += pages;
        DocumentDraft draft = new DocumentDraft(new Identification(type, title, sourceNote, fileNumber, null),
                new Dispatch(classification, precedence, null, handling, telegramNumber),
                new Correspondence(sender, recipient, null, undated ? DocumentDate.UNDATED : DocumentDate.of(day), place),
                new DocumentText(Body.of(body.toString()), footnotes, references, null,
                        telegram && !fromDepartment ? surname : null),
                PrintedPages.numbered(pageStart, pageStart + pages - 1));
        return new VolumeDocumentDraft(xmlId, String.valueOf(i + 1), chapter, draft, mentions.list);
    }

    /** Persons named in one document: the persName written into the body and the mention that goes with it. */
    private static final class Mentions {
        final List<VolumeDocumentDraft.Mention> list = new ArrayList<>();

        String persName(PersonDraft p) {
            String printed = surname(p);
            list.add(new VolumeDocumentDraft.Mention(p.xmlId(), printed));
            return "<persName corresp=\"#" + p.xmlId() + "\">" + escape(printed) + "</persName>";
        }
    }

    private PersonDraft personOf(VolumeState state) {
        // The first persons of a volume's list are its principals: named most.
        int k = (int) (state.persons.size() * Math.pow(random.nextDouble(), 2));
        return state.persons.get(k);
    }

    private String fileNumber(LocalDate day, String[] post) {
        if (day.getYear() < 1963) {
            String subject = material.fileSubjects.isEmpty()
                    ? (100 + random.nextInt(800)) + "." + (10 + random.nextInt(90))
                    : material.fileSubjects.get(random.nextInt(material.fileSubjects.size()));
            return subject + "/" + day.getMonthValue() + "–" + day.getDayOfMonth() + String.format(Locale.ROOT, "%02d", day.getYear() % 100);
        }
        String country = post[1].replaceFirst("^the ", "").replaceAll("[^A-Za-z ]", "").strip();
        String code = country.split(" ")[0].toUpperCase(Locale.ROOT);
        String[] subjects = {"POL", "DEF", "ECON", "ORG", "CSM", "AID", "FT"};
        return subjects[random.nextInt(subjects.length)] + " " + (1 + random.nextInt(30)) + " "
                + code.substring(0, Math.min(code.length(), 8));
    }

    private static Sent last(List<Sent> sent) {
        return sent == null || sent.isEmpty() ? null : sent.get(sent.size() - 1);
    }

    private static String label(ReferenceKind kind) {
        return switch (kind) {
            case DEPTEL -> "Deptel";
            case URTEL -> "Urtel";
            default -> "Embtel";
        };
    }

    private static String monthDay(LocalDate day) {
        return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getDayOfMonth();
    }

    private <T> T weighted(Object[][] table) {
        int total = 0;
        for (Object[] row : table) {
            total += (Integer) row[1];
        }
        int x = random.nextInt(total);
        for (Object[] row : table) {
            x -= (Integer) row[1];
            if (x < 0) {
                @SuppressWarnings("unchecked")
                T value = (T) row[0];
                return value;
            }
        }
        throw new IllegalStateException();
    }

    private String pick(List<String> pool, String otherwise) {
        return pool.isEmpty() ? otherwise : pool.get(random.nextInt(pool.size()));
    }

    /** The name as a text prints it: the surname of "Kirk, Alan G.". */
    static String surname(PersonDraft p) {
        String name = p.name().strip();
        int comma = name.indexOf(',');
        return comma > 0 ? name.substring(0, comma).strip() : name;
    }

    private static String surnameFirst(PersonDraft p) {
        return p.name().strip();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** The built-in posts (dateline city, country as heads name it). */
    private static List<String[]> readPosts() {
        List<String[]> posts = new ArrayList<>();
        try (var in = CorpusGenerator.class.getResourceAsStream("/corpus/posts.txt")) {
            if (in == null) {
                throw new IllegalStateException("corpus/posts.txt is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    posts.add(line.split("\\|", 2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return posts;
    }
}
