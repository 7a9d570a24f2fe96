package org.cablearchive.records;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cablearchive.accounts.Reader;

/**
 * The review policy of the archive, in one place: who may do what to a document in which state, and the four-eyes
 * rule. The editorial desk asks it before every move and save, the volume import asks it whether an importer may
 * publish a volume's changes at once, and the document itself applies {@link #mayApprove} when it is approved. The
 * README's table is this class's {@link #RULES}.
 *
 * <p>Every change to what the public reads goes through review: a published document keeps its published text while a
 * correction of it (an edit, a restore, a new import of its volume) waits beside it as a pending correction, which goes
 * through submit, approve (by someone who did not write or submit it) and publish like a draft, and replaces the
 * published text when it is published. Withholding a passage is the exception: what must not be read leaves at once.
 *
 * <p>It lives in {@code records}, beside the workflow it governs, because both the desk ({@code editorial}) and the
 * volume import ({@code ingest}) consult it, and {@code editorial} already depends on {@code ingest}.
 */
public final class ReviewPolicy {

    /** Who a person is at the desk, as far as the policy asks; an administrator stands as an editor. */
    public enum Standing {
        PUBLIC, RESEARCHER, ARCHIVIST, EDITOR;

        /** The standing of a reader, from the roles' policy ({@link org.cablearchive.accounts.Role}). */
        public static Standing of(Reader reader) {
            if (reader.reviews()) {
                return EDITOR;
            }
            if (reader.isStaff()) {
                return ARCHIVIST;
            }
            return reader.isSignedIn() ? RESEARCHER : PUBLIC;
        }

        boolean atLeast(Standing other) {
            return compareTo(other) >= 0;
        }
    }

    /** What someone may want to do to a document. */
    public enum Move {
        CREATE("create a document (enter, paste, import a new volume)"),
        EDIT("edit the text"),
        SUBMIT("submit for review"),
        REQUEST_CHANGES("request changes"),
        APPROVE("approve"),
        PUBLISH("publish"),
        WITHDRAW("withdraw"),
        CORRECT_PUBLISHED("correct a published document"),
        LINK_PUBLISHED("link a cross-reference of a published document to its document"),
        RESTORE("restore an earlier revision"),
        REIMPORT("import its volume again"),
        PUBLISH_IMPORTED_CHANGES("import its volume again and publish the changes at once (--publish-changes)"),
        WITHHOLD("withhold a passage");

        private final String words;

        Move(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        /** The move of the policy that a workflow move is. */
        public static Move of(WorkflowAction action) {
            return valueOf(action.name());
        }
    }

    /**
     * One line of the policy: the move, the least standing it needs, the states of the reading it applies to (the
     * document's status, or for a published document with a pending correction the correction's stage), what it does.
     */
    public record Rule(Move move, Standing least, Set<DocumentStatus> states, String effect) { }

    private static final Set<DocumentStatus> OPEN = EnumSet.of(DocumentStatus.DRAFT, DocumentStatus.CHANGES_REQUESTED);
    private static final Set<DocumentStatus> ANY_BUT_WITHDRAWN = EnumSet.complementOf(EnumSet.of(DocumentStatus.WITHDRAWN));

    /** The policy, line by line. */
    public static final List<Rule> RULES = List.of(
            new Rule(Move.CREATE, Standing.ARCHIVIST, Set.of(),
                    "a new document is a draft; a new volume is published at once unless imported as drafts "
                            + "(the printed FRUS volume was reviewed by the Office of the Historian)"),
            new Rule(Move.EDIT, Standing.ARCHIVIST, OPEN,
                    "saves the draft; one sent back for changes becomes a draft again"),
            new Rule(Move.SUBMIT, Standing.ARCHIVIST, DocumentStatus.allowing(WorkflowAction.SUBMIT),
                    "IN_REVIEW; the submitter joins those who may not approve"),
            new Rule(Move.REQUEST_CHANGES, Standing.EDITOR, DocumentStatus.allowing(WorkflowAction.REQUEST_CHANGES),
                    "CHANGES_REQUESTED, with a comment saying what to change"),
            new Rule(Move.APPROVE, Standing.EDITOR, DocumentStatus.allowing(WorkflowAction.APPROVE),
                    "APPROVED; never by someone who created, edited or submitted it since it was last approved (403)"),
            new Rule(Move.PUBLISH, Standing.EDITOR, DocumentStatus.allowing(WorkflowAction.PUBLISH),
                    "PUBLISHED; for a correction, its reading replaces the published text"),
            new Rule(Move.WITHDRAW, Standing.EDITOR, DocumentStatus.allowing(WorkflowAction.WITHDRAW),
                    "WITHDRAWN, with a public reason; a pending correction is dropped (its revisions stay)"),
            new Rule(Move.CORRECT_PUBLISHED, Standing.EDITOR, EnumSet.of(DocumentStatus.PUBLISHED),
                    "a pending correction (DRAFT); the public keeps reading the published text until it is published"),
            new Rule(Move.LINK_PUBLISHED, Standing.EDITOR, EnumSet.of(DocumentStatus.PUBLISHED),
                    "at once, with its revision: a link leads to a document, the text does not change"),
            new Rule(Move.RESTORE, Standing.EDITOR, ANY_BUT_WITHDRAWN,
                    "a new revision; of a published document, a pending correction"),
            new Rule(Move.REIMPORT, Standing.ARCHIVIST, ANY_BUT_WITHDRAWN,
                    "unchanged documents are left alone; a changed one gets a revision (diff, by whom, from which file); "
                            + "unpublished ones take the new reading, published ones get it as a correction IN_REVIEW; "
                            + "a document edited since the last import is a conflict unless forced"),
            new Rule(Move.PUBLISH_IMPORTED_CHANGES, Standing.EDITOR, EnumSet.of(DocumentStatus.PUBLISHED),
                    "the new reading is published at once, with its revision"),
            new Rule(Move.WITHHOLD, Standing.EDITOR, EnumSet.allOf(DocumentStatus.class),
                    "at once, in any state: what must not be read leaves without waiting for review"));

    private ReviewPolicy() {
    }

    /** The line of the policy for a move. */
    public static Rule rule(Move move) {
        return RULES.stream().filter(r -> r.move() == move).findFirst().orElseThrow();
    }

    /** True when someone of this standing may make the move on a reading in this state. */
    public static boolean allows(Move move, Standing who, DocumentStatus state) {
        Rule rule = rule(move);
        return who.atLeast(rule.least()) && (rule.states().isEmpty() || rule.states().contains(state));
    }

    /** True when someone of this standing may make the move at all (in some state). */
    public static boolean allows(Move move, Standing who) {
        return who.atLeast(rule(move).least());
    }

    /** Why the move is not for this person, in their words (for a 403). */
    public static String notForYou(Move move) {
        Standing least = rule(move).least();
        return "To " + move.words() + " is for " + (least == Standing.EDITOR ? "editors" : "archivists and editors");
    }

    /**
     * The four-eyes rule: nobody approves a document (or a correction of it) that they created, edited or submitted
     * since it was last approved. {@code touchedBy}: who edited or submitted it since then; the creator counts until a
     * first approval.
     */
    public static boolean mayApprove(String approver, Collection<String> touchedBy, boolean approvedOnce, String createdBy) {
        String who = normal(approver);
        return !touchedBy.contains(who) && (approvedOnce || !who.equals(normal(createdBy)));
    }

    /** How a username is kept in the list of those who touched a document. */
    public static String normal(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }
}
