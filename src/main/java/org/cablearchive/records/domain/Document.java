package org.cablearchive.records.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cablearchive.accounts.Reader;
import org.cablearchive.records.Body;
import org.cablearchive.records.Classification;
import org.cablearchive.records.Correspondence;
import org.cablearchive.records.Dispatch;
import org.cablearchive.records.DocumentDate;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentSaved;
import org.cablearchive.records.DocumentSnapshot;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.DocumentText;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.FileNumber;
import org.cablearchive.records.FourEyesException;
import org.cablearchive.records.Identification;
import org.cablearchive.records.IllegalTransitionException;
import org.cablearchive.records.InvalidDocumentException;
import org.cablearchive.records.Party;
import org.cablearchive.records.Precedence;
import org.cablearchive.records.PrintedPages;
import org.cablearchive.records.ReviewPolicy;
import org.cablearchive.records.VolumeDocumentDraft;
import org.cablearchive.records.WorkflowAction;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.type.SqlTypes;
import org.springframework.modulith.NamedInterface;

/**
 * A document of the archive: a telegram, memorandum, letter, editorial note… with everything its printed form
 * carries. Its body is TEI ({@link Body}); its footnotes and cross-references hang off it and are keyed to
 * their places in the body.
 */
@NamedInterface("entities")
@Entity
public class Document {

    /** Title given to a document whose source has none, in the brackets FRUS uses for editors' words. */
    public static final String UNTITLED = DocumentDraft.UNTITLED;

    @Id
    private String id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "volume_id")
    private Volume volume;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "chapter_id")
    private Chapter chapter;

    private String xmlId;
    private String numberInVolume;
    private Integer positionInVolume;

    @Enumerated(EnumType.STRING)
    private DocumentType type;

    private String title;
    private String sourceNote;
    private String fileNumber;
    /** Who drafted, cleared and approved it, as printed (see {@link org.cablearchive.records.DraftingLine}). */
    private String drafting;

    @Enumerated(EnumType.STRING)
    private Classification classification;

    @Enumerated(EnumType.STRING)
    private Precedence precedence;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> handling = new ArrayList<>();

    private String telegramNumber;
    private String dateValue;
    private LocalDate dateEarliest;
    private LocalDate dateLatest;
    private String place;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "role", column = @Column(name = "sender_role")),
            @AttributeOverride(name = "name", column = @Column(name = "sender_name")),
            @AttributeOverride(name = "personId", column = @Column(name = "sender_person_id"))})
    private Correspondent sender;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "role", column = @Column(name = "recipient_role")),
            @AttributeOverride(name = "name", column = @Column(name = "recipient_name")),
            @AttributeOverride(name = "personId", column = @Column(name = "recipient_person_id"))})
    private Correspondent recipient;

    private String body;
    private String distribution;
    private String signature;
    private Integer pageStart;
    private Integer pageEnd;
    /** The printed labels of its first and last page ("xii", "[5]", "1475"), whatever the numbering. */
    private String pageFirst;
    private String pageLast;
    /** The people of a memorandum of conversation as printed, one entry per line or item. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> participants = new ArrayList<>();
    /** The precedence in the wording printed ("us urgent"); {@link #precedence} is the scale it maps to. */
    private String precedencePrinted;
    @OptimisticLock(excluded = true)
    private Long importedVersion;

    @Enumerated(EnumType.STRING)
    private DocumentStatus status;

    @Version
    private long version;

    private String createdBy;
    private Instant createdAt;
    private String updatedBy;
    private Instant updatedAt;
    /** When the document became public; null while it is not. */
    private Instant publishedAt;
    /** Who submitted it for review last (the four-eyes rule: not the one who approves it). */
    private String submittedBy;
    private String approvedBy;
    /** Why a withdrawn document was withdrawn, as the public reads it on its tombstone. */
    private String withdrawnReason;
    private Instant withdrawnAt;
    /** Who created, edited or submitted it since it was last approved, in lower case (the four-eyes rule). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> touchedBy = new ArrayList<>();
    /** Approved at least once: until then its creator counts among those who touched it. */
    private boolean approvedOnce;

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Footnote> footnotes = new ArrayList<>();

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CrossReference> references = new ArrayList<>();

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PersonMention> mentions = new ArrayList<>();

    /** Saves registered and not yet published (see {@link #releaseEvents}). */
    @Transient
    private List<PendingSave> saves = new ArrayList<>();

    protected Document() {
    }

    /**
     * A new document from what a reader found. Checks what the database would refuse, so that the person
     * entering it gets a message to act on rather than a constraint name.
     */
    public static Document create(String id, DocumentDraft draft, DocumentStatus status, String by) {
        Document d = new Document();
        d.id = id;
        d.status = status;
        d.createdBy = by;
        d.createdAt = Instant.now();
        d.publishedAt = status.isPublic() ? d.createdAt : null;
        d.apply(draft, by);
        return d;
    }

    /** A document of a volume, as its import found it: id {@code volume-xmlId}, in its chapter, at its place. */
    public static Document imported(Volume volume, Chapter chapter, int position, VolumeDocumentDraft draft,
                                    Map<String, Long> personIds, DocumentStatus status, String by) {
        Document d = create(volume.id() + "-" + draft.xmlId(), draft.draft(), status, by);
        d.placeIn(volume, chapter, position, draft, personIds);
        d.importedVersion = 0L; // the version the insert gives it
        return d;
    }

    /**
     * Takes the volume's newer reading of this document, keeping its id and status. Refused (false) when an
     * archivist has edited the document since it was last imported, unless {@code force}.
     */
    boolean reimport(Volume volume, Chapter chapter, int position, VolumeDocumentDraft draft,
                            Map<String, Long> personIds, boolean force, String by) {
        if (isEditedSinceImport() && !force) {
            return false;
        }
        footnotes.clear();
        references.clear();
        apply(draft.draft(), by);
        placeIn(volume, chapter, position, draft, personIds);
        importedVersion = version + 1; // the version the update at the next flush gives it
        touchedBy(by);
        return true;
    }

    /** After a new import's change was written: this version is the import's own (not a person's edit since). */
    void markImported() {
        importedVersion = version;
    }

    /** True when the volume's reading places the document where it is (chapter, position, number, persons named). */
    boolean placedAs(Document other) {
        return Objects.equals(chapterId(chapter), chapterId(other.chapter))
                && Objects.equals(positionInVolume, other.positionInVolume)
                && Objects.equals(numberInVolume, other.numberInVolume)
                && Objects.equals(xmlId, other.xmlId)
                && mentions.stream().map(PersonMention::signature).toList()
                        .equals(other.mentions.stream().map(PersonMention::signature).toList());
    }

    private static Long chapterId(Chapter c) {
        return c == null ? null : c.id();
    }

    /** Takes the volume's placing of the document without changing its text. */
    void placeAs(Volume volume, Chapter chapter, int position, VolumeDocumentDraft draft, Map<String, Long> personIds) {
        placeIn(volume, chapter, position, draft, personIds);
    }

    /** True when the document was changed after its volume was last imported. */
    public boolean isEditedSinceImport() {
        return importedVersion != null && importedVersion != version;
    }

    private void placeIn(Volume volume, Chapter chapter, int position, VolumeDocumentDraft draft, Map<String, Long> personIds) {
        this.volume = volume;
        this.chapter = chapter;
        this.positionInVolume = position;
        this.xmlId = draft.xmlId();
        this.numberInVolume = draft.number();
        mentions.clear();
        for (VolumeDocumentDraft.Mention m : draft.mentions()) {
            if (m.namePrinted() == null || m.namePrinted().isBlank()) {
                continue;
            }
            mentions.add(new PersonMention(this, personIds.get(m.personXmlId()), m.personXmlId(), m.namePrinted()));
        }
    }

    private void apply(DocumentDraft draft, String by) {
        checkConsistency(draft);
        type = draft.type();
        title = draft.title() == null || draft.title().isBlank() ? UNTITLED : draft.title().strip();
        sourceNote = draft.sourceNote();
        fileNumber = FileNumber.parseOptional(draft.fileNumber()).map(FileNumber::text).orElse(null);
        drafting = draft.drafting();
        classification = draft.classification();
        precedence = draft.precedence();
        precedencePrinted = draft.precedencePrinted();
        handling = new ArrayList<>(draft.handling());
        participants = new ArrayList<>(draft.participants());
        telegramNumber = draft.telegramNumber();
        setDate(draft.date());
        place = draft.place();
        sender = new Correspondent(draft.sender(), null);
        recipient = new Correspondent(draft.recipient(), null);
        body = draft.body().xml();
        distribution = draft.distribution();
        signature = draft.signature();
        pageStart = draft.pageStart();
        pageEnd = draft.pageEnd();
        pageFirst = draft.pageFirst();
        pageLast = draft.pageLast();
        int position = 0;
        for (DocumentDraft.FootnoteDraft f : draft.footnotes()) {
            footnotes.add(new Footnote(this, f.key(), f.n(), f.text() == null ? "" : f.text(), f.tei(), position++));
        }
        position = 0;
        for (DocumentDraft.ReferenceDraft r : draft.references()) {
            references.add(new CrossReference(this, r.key(), r.kind(), r.number(), r.date(), r.label(), r.target(), position++));
        }
        touch(by);
    }

    private static void checkConsistency(DocumentDraft draft) {
        Set<String> anchors = new HashSet<>(draft.body().footnoteAnchors());
        Set<String> keys = new HashSet<>();
        for (DocumentDraft.FootnoteDraft f : draft.footnotes()) {
            if (f.key() == null || !keys.add(f.key())) {
                throw new InvalidDocumentException("Footnote " + f.n() + " needs a key of its own");
            }
            if (f.n() == null || f.n().isBlank()) {
                throw new InvalidDocumentException("Footnote " + f.key() + " has no mark: give it the number or sign printed");
            }
        }
        for (String anchor : anchors) {
            if (!keys.contains(anchor)) {
                throw new InvalidDocumentException("The body marks footnote " + anchor + ", but there is no such footnote");
            }
        }
        Set<String> refKeys = new HashSet<>();
        for (DocumentDraft.ReferenceDraft r : draft.references()) {
            if (r.key() == null || !refKeys.add(r.key())) {
                throw new InvalidDocumentException("Cross-reference \"" + r.label() + "\" needs a key of its own");
            }
            if (r.kind() == null || r.label() == null || r.label().isBlank()) {
                throw new InvalidDocumentException("Each cross-reference needs a kind and its label as printed");
            }
        }
        if (draft.pageStart() != null && draft.pageEnd() != null && draft.pageStart() > draft.pageEnd()) {
            throw new InvalidDocumentException("The document cannot end on page " + draft.pageEnd()
                    + " before it begins on page " + draft.pageStart());
        }
    }

    private void setDate(DocumentDate date) {
        this.dateValue = date.iso();
        this.dateEarliest = date.earliest();
        this.dateLatest = date.latest();
    }

    private void touch(String by) {
        updatedBy = by;
        updatedAt = Instant.now();
    }

    // ----------------------------------------------------------------------------------------------------------
    // The editorial workflow. Each move refuses what the document's state does not allow.

    /**
     * Makes a workflow move, which the workflow table refuses when the document's state does not allow it, and
     * registers it as a save. {@code comment}: what the person said with it (for a withdrawal, the public reason).
     */
    void move(WorkflowAction action, String by, String comment) {
        switch (action) {
            case SUBMIT -> submitForReview(by);
            case REQUEST_CHANGES -> requestChanges(by);
            case APPROVE -> approve(by);
            case PUBLISH -> publish(by);
            case WITHDRAW -> withdraw(by, comment);
        }
        registerSave(action.name(), by, comment);
    }

    /** An archivist hands the draft to the editors. From DRAFT, or CHANGES_REQUESTED once they were made. */
    void submitForReview(String by) {
        require(WorkflowAction.SUBMIT);
        status = DocumentStatus.IN_REVIEW;
        submittedBy = by;
        approvedBy = null;
        touchedBy(by);
        touch(by);
    }

    /** An editor sends the document back to its archivist (the comment says what to change). */
    void requestChanges(String by) {
        require(WorkflowAction.REQUEST_CHANGES);
        status = DocumentStatus.CHANGES_REQUESTED;
        approvedBy = null;
        touch(by);
    }

    /**
     * An editor approves it for publication; never someone who created, edited or submitted it since it was last
     * approved (four eyes, {@link ReviewPolicy#mayApprove}).
     */
    void approve(String by) {
        require(WorkflowAction.APPROVE);
        checkFourEyes(by, "document");
        status = DocumentStatus.APPROVED;
        approvedBy = by;
        approved();
        touch(by);
    }

    private void checkFourEyes(String by, String what) {
        if (!ReviewPolicy.mayApprove(by, touchedBy, approvedOnce, createdBy)) {
            throw new FourEyesException("You created, edited or submitted this " + what
                    + " since it was last approved: another editor must approve it");
        }
    }

    private void approved() {
        touchedBy = new ArrayList<>();
        approvedOnce = true;
    }

    /** Remembers that this person changed or submitted the document since its last approval. */
    private void touchedBy(String by) {
        String who = ReviewPolicy.normal(by);
        if (!touchedBy.contains(who)) {
            List<String> more = new ArrayList<>(touchedBy);
            more.add(who);
            touchedBy = more;
        }
    }

    /** Who created, edited or submitted it since it was last approved (lower case). */
    public List<String> touchedBy() { return List.copyOf(touchedBy); }
    public boolean approvedOnce() { return approvedOnce; }

    /** An editor makes the approved document public. */
    void publish(String by) {
        require(WorkflowAction.PUBLISH);
        status = DocumentStatus.PUBLISHED;
        publishedAt = Instant.now();
        withdrawnReason = null;
        withdrawnAt = null;
        touch(by);
    }

    /**
     * Publishes a document of a volume imported as drafts, as part of publishing the whole volume: the editor's review
     * of the volume is the approval. Not by the person who imported it (four eyes); documents an archivist has
     * taken into the review workflow since (submitted, approved) are left to it.
     */
    boolean publishWithVolume(String by, String comment) {
        if (status != DocumentStatus.DRAFT || volume == null) {
            return false;
        }
        if (by.equalsIgnoreCase(createdBy)) {
            throw new FourEyesException("You imported this volume yourself: another editor must publish it");
        }
        if (!ReviewPolicy.mayApprove(by, touchedBy, approvedOnce, createdBy)) {
            return false; // this editor changed it since: left as a draft for another editor
        }
        status = DocumentStatus.PUBLISHED;
        approvedBy = by;
        approved();
        publishedAt = Instant.now();
        touch(by);
        registerSave(WorkflowAction.PUBLISH.name(), by, comment);
        return true;
    }

    /** An editor withdraws a published document; its page stays as a tombstone giving the public reason. */
    void withdraw(String by, String reason) {
        require(WorkflowAction.WITHDRAW);
        if (reason == null || reason.isBlank()) {
            throw new InvalidDocumentException("Say why the document is withdrawn: the reason is shown to the public");
        }
        status = DocumentStatus.WITHDRAWN;
        withdrawnReason = reason.strip();
        withdrawnAt = Instant.now();
        touch(by);
    }

    /** True while the document's text may be changed ({@link DocumentStatus#isEditable}). */
    public boolean isEditable() {
        return status.isEditable();
    }

    /** The workflow moves the document's state allows now (the table of {@link DocumentStatus#allows}). */
    public Set<WorkflowAction> availableActions() {
        return status.actions();
    }

    /**
     * Saves a new reading of the document entered by a person. A document sent back for changes becomes a draft
     * again; a published one stays published (a correction). Refused while it is in review or approved (the text
     * an editor is reviewing or has approved does not change under them) and once withdrawn.
     */
    void revise(DocumentDraft draft, String by) {
        if (status == DocumentStatus.PUBLISHED) {
            throw new IllegalTransitionException("A published document is corrected through a correction that another "
                    + "editor approves: the published text stays until then");
        }
        if (!isEditable()) {
            throw new IllegalTransitionException("A document that is " + status.words()
                    + " cannot be edited" + (status.allows(WorkflowAction.REQUEST_CHANGES)
                    ? ": an editor must request changes first" : ""));
        }
        footnotes.clear();
        references.clear();
        apply(draft, by);
        touchedBy(by);
        if (status == DocumentStatus.CHANGES_REQUESTED) {
            status = DocumentStatus.DRAFT;
        }
    }

    // ----------------------------------------------------------------------------------------------------------
    // Corrections of a published document. The published text stays in this row (the public reads it) while the
    // correction waits beside it and goes through review; publishing it replaces the published text.

    /**
     * Keeps a new reading of this published document as its pending correction (a new one, or {@code pending} taking
     * the reading): a draft of the correction, or one waiting for changes becoming a draft again. Refused while the
     * correction is in review or approved, and for a document that is not published.
     */
    Correction correct(Correction pending, DocumentSnapshot reading, String by, String source) {
        if (status != DocumentStatus.PUBLISHED) {
            throw new IllegalTransitionException("Only a published document is corrected: this one is " + status.words());
        }
        Correction c = pending;
        if (c == null) {
            c = new Correction(id, reading, by, source);
        } else {
            if (!c.stage().isEditable()) {
                throw new IllegalTransitionException("The correction of this document is " + c.stage().words()
                        + " and cannot be edited: an editor must request changes first");
            }
            c.take(reading);
            c.moveTo(DocumentStatus.DRAFT);
        }
        touchedBy(by);
        return c;
    }

    /** A new import's reading of this published document, put up for review as its correction. */
    Correction proposeImported(Correction pending, DocumentSnapshot reading, String by, String source) {
        Correction c = pending == null ? new Correction(id, reading, by, source) : pending;
        c.take(reading);
        c.moveTo(DocumentStatus.IN_REVIEW);
        c.submittedBy(by);
        touchedBy(by);
        return c;
    }

    /**
     * A workflow move of this published document's pending correction (not of the document, which stays published).
     * Returns true when the move published it: the caller then takes its reading into the document.
     */
    boolean moveCorrection(Correction c, WorkflowAction action, String by, String comment) {
        if (action == WorkflowAction.WITHDRAW) {
            throw new IllegalStateException("a withdrawal moves the document, not its correction");
        }
        requireStage(c, action);
        switch (action) {
            case SUBMIT -> {
                c.moveTo(DocumentStatus.IN_REVIEW);
                c.submittedBy(by);
                touchedBy(by);
            }
            case REQUEST_CHANGES -> {
                c.moveTo(DocumentStatus.CHANGES_REQUESTED);
            }
            case APPROVE -> {
                checkFourEyes(by, "correction");
                c.moveTo(DocumentStatus.APPROVED);
                c.approvedBy(by);
                approved();
                approvedBy = by;
            }
            case PUBLISH -> {
                return true; // registered as the document's save by publishCorrection
            }
            case WITHDRAW -> { } // refused above
        }
        registerSave("CORRECTION_" + action.name(), by, comment, c.reading().withStatus(c.stage()), null);
        return false;
    }

    /** Publishes an approved correction: its reading becomes the published text (a change the public sees now). */
    void publishCorrection(Correction c, String by, String comment) {
        footnotes.clear();
        references.clear();
        apply(c.reading().toDraft(), by);
        registerSave("CORRECTION_PUBLISH", by, comment);
    }

    private static void requireStage(Correction c, WorkflowAction action) {
        if (!c.stage().allows(action)) {
            throw new IllegalTransitionException("\"" + action.label() + "\" is not possible for a correction that is "
                    + c.stage().words());
        }
    }

    /** Refuses, before anything changes, a move the workflow table does not allow in the document's state. */
    private void require(WorkflowAction action) {
        if (!status.allows(action)) {
            throw new IllegalTransitionException("\"" + action.label() + "\" is not possible for a document that is "
                    + status.words());
        }
    }

    /** What the document holds now, as a revision keeps it. */
    public DocumentSnapshot snapshot() {
        return new DocumentSnapshot(status, draft());
    }

    /** What the document holds now, as the draft that would save it again. */
    public DocumentDraft draft() {
        List<DocumentDraft.FootnoteDraft> notes = new ArrayList<>();
        for (Footnote f : footnotes) {
            notes.add(new DocumentDraft.FootnoteDraft(f.key(), f.mark(), f.text(), f.tei()));
        }
        List<DocumentDraft.ReferenceDraft> refs = new ArrayList<>();
        for (CrossReference r : references) {
            refs.add(new DocumentDraft.ReferenceDraft(r.key(), r.kind(), r.number(), r.date(), r.label(), r.target()));
        }
        return new DocumentDraft(new Identification(type, title, sourceNote, fileNumber, drafting),
                new Dispatch(classification, precedence, precedencePrinted, handling, telegramNumber),
                new Correspondence(sender().party(), recipient().party(), participants(), date(), place),
                new DocumentText(Body.stored(body), notes, refs, distribution, signature),
                new PrintedPages(pageStart, pageEnd, pageFirst, pageLast));
    }

    /**
     * Gives a new document's rows, in the columns' order, to a writer that bypasses the entity manager (a volume
     * import of new documents); the document itself is then never persisted through it. {@code chapterId}: its
     * chapter's id, known to the caller (asking the chapter proxy would load it).
     */
    void writeNewRows(NewDocumentRows rows, Long chapterId) throws SQLException {
        rows.document(draft(), id, volume == null ? null : volume.id(), chapterId, xmlId, numberInVolume, positionInVolume,
                sender().personId(), recipient().personId(), importedVersion, status, version, createdBy, createdAt,
                updatedBy, updatedAt, publishedAt);
        for (Footnote f : footnotes) {
            f.writeNewRow(rows, id);
        }
        for (CrossReference r : references) {
            r.writeNewRow(rows, id);
        }
        for (PersonMention m : mentions) {
            m.writeNewRow(rows, id);
        }
    }

    public boolean isVisibleTo(Reader reader) {
        return reader.seesUnpublished() || status.isPublic();
    }

    public String id() { return id; }
    public String xmlId() { return xmlId; }
    public Chapter chapter() { return chapter; }
    public Volume volume() { return volume; }
    public String numberInVolume() { return numberInVolume; }
    public DocumentType type() { return type; }
    public String title() { return title; }
    public String sourceNote() { return sourceNote; }
    public String fileNumber() { return fileNumber; }
    public String drafting() { return drafting; }
    public Classification classification() { return classification; }
    public Precedence precedence() { return precedence; }
    public List<String> handling() { return List.copyOf(handling); }
    public String telegramNumber() { return telegramNumber; }
    public DocumentDate date() { return new DocumentDate(dateValue); }
    public String place() { return place; }
    // Hibernate leaves an embedded value null when all its columns are null
    public Correspondent sender() { return sender == null ? new Correspondent(Party.NONE, null) : sender; }
    public Correspondent recipient() { return recipient == null ? new Correspondent(Party.NONE, null) : recipient; }
    public Body body() { return Body.of(body); }
    /** The stored TEI of the body as it is, without reading it (see {@link Body#plainTextOf}). */
    public String bodyXml() { return body; }
    public String distribution() { return distribution; }
    public String signature() { return signature; }
    public Integer pageStart() { return pageStart; }
    public Integer pageEnd() { return pageEnd; }
    /** The printed label of the first page; its number when only that was kept (before V17). */
    public String pageFirst() { return pageFirst != null ? pageFirst : pageStart == null ? null : pageStart.toString(); }
    public String pageLast() { return pageLast != null ? pageLast : pageEnd == null ? null : pageEnd.toString(); }
    public List<String> participants() { return participants == null ? List.of() : List.copyOf(participants); }
    public String precedencePrinted() { return precedencePrinted; }
    public DocumentStatus status() { return status; }
    public long version() { return version; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
    public Instant publishedAt() { return publishedAt; }
    public String submittedBy() { return submittedBy; }
    public String approvedBy() { return approvedBy; }
    public String withdrawnReason() { return withdrawnReason; }
    public Instant withdrawnAt() { return withdrawnAt; }
    public List<Footnote> footnotes() { return List.copyOf(footnotes); }
    public List<CrossReference> references() { return List.copyOf(references); }
    public List<PersonMention> mentions() { return List.copyOf(mentions); }

    /** Links cross-reference {@code key} to the document {@code targetId} a person chose for it. */
    void linkReference(String key, String targetId, String by) {
        if (status == DocumentStatus.WITHDRAWN) {
            throw new IllegalTransitionException("A withdrawn document cannot be changed");
        }
        if (id.equals(targetId)) {
            throw new InvalidDocumentException("A document cannot refer to itself: choose the document the reference names");
        }
        CrossReference ref = references.stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new InvalidDocumentException("Document " + id + " has no cross-reference " + key));
        ref.linkTo(targetId);
        touchedBy(by);
        touch(by);
        registerSave("LINKED", by, "linked " + key + " to " + targetId);
    }

    // ----------------------------------------------------------------------------------------------------------
    // Withheld passages (redaction). The body keeps only the FRUS marker where a passage was; the passage is a
    // Withheld row of its own. Allowed in any state: what must not be read leaves at once.

    /**
     * Takes the passage out of the body, putting the marker "[{@code description}]" with {@code key} in its place, and
     * forgets the persons named only inside it. Returns what was taken out.
     */
    Body.Withheld withhold(String passage, String key, String description, String by) {
        Body.Withheld cut = body().withhold(passage, key, description);
        body = cut.body().xml();
        forgetMentionsNoLongerNamed();
        touch(by);
        registerSave("WITHHELD", by, "withheld " + key + ": " + description);
        return cut;
    }

    /** A key for the next withheld passage, unique in the document and, with its xml:id, in its volume. */
    String nextWithheldKey(int n) {
        List<String> used = body().withheldKeys();
        String prefix = (xmlId != null ? xmlId : id) + "-withheld-";
        int k = n;
        while (used.contains(prefix + k)) {
            k++;
        }
        return prefix + k;
    }

    /** After a save that took a new text (an edit, a restore, a new import): the markers again where withheld text came back. */
    void maskAgain(List<Withheld> passages) {
        Body masked = body();
        for (Withheld w : passages) {
            masked = masked.masked(w.text(), w.key(), w.extent());
        }
        if (!masked.xml().equals(body)) {
            body = masked.xml();
            forgetMentionsNoLongerNamed();
        }
    }

    /** Persons whose printed name no longer stands anywhere in the document are no longer mentioned by it. */
    private void forgetMentionsNoLongerNamed() {
        StringBuilder text = new StringBuilder(Body.plainTextOf(body)).append('\n').append(title).append('\n')
                .append(sourceNote == null ? "" : sourceNote);
        footnotes.forEach(f -> text.append('\n').append(f.text()));
        mentions.removeIf(m -> m.namePrinted() != null && !text.toString().contains(m.namePrinted()));
    }

    // ----------------------------------------------------------------------------------------------------------
    // Its events. The document registers what happened to it as it happens; the service that saved it publishes them
    // once the change is written, when the version the save gave it is known (releaseEvents).

    /** A save registered and not yet published; {@code reading} null: the document's own as it is when released. */
    private record PendingSave(String action, String by, String comment, DocumentSnapshot reading,
                               DocumentSaved.Previous previous) { }

    /** Registers that a person saved the document ({@code action}: EDITED, RESTORED, IMPORTED…). */
    void registerSave(String action, String by, String comment) {
        registerSave(action, by, comment, null, null);
    }

    /**
     * Registers a save whose revision keeps {@code reading} rather than the document's own (a pending correction's),
     * and {@code previous}, what it held before when that may be its first revision.
     */
    void registerSave(String action, String by, String comment, DocumentSnapshot reading, DocumentSaved.Previous previous) {
        saves.add(new PendingSave(action, by, comment, reading, previous));
    }

    /**
     * The events registered since they were last released, as {@link DocumentSaved} with the document's version and
     * reading now (call it after the change is written); forgets them.
     */
    List<DocumentSaved> releaseEvents() {
        List<DocumentSaved> events = new ArrayList<>();
        for (PendingSave s : saves) {
            events.add(new DocumentSaved(id, version, s.action(), s.by(), s.comment(),
                    s.reading() != null ? s.reading() : snapshot(), s.previous()));
        }
        saves.clear();
        return events;
    }
}
