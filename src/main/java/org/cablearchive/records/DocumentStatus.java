package org.cablearchive.records;

import java.util.EnumSet;
import java.util.Set;
import org.cablearchive.accounts.Reader;

/**
 * Where a document stands in the editorial workflow. Only {@link #PUBLISHED} documents are public. It holds the
 * workflow's table ({@link #allows}): the document, its pending correction and the desk's buttons all read it here.
 */
public enum DocumentStatus {
    DRAFT("Draft"), IN_REVIEW("In review"), CHANGES_REQUESTED("Changes requested"), APPROVED("Approved"),
    PUBLISHED("Published"), WITHDRAWN("Withdrawn");

    private final String label;

    DocumentStatus(String label) {
        this.label = label;
    }

    /** The status in the desk's words ("Changes requested"), as pages show it. */
    public String label() {
        return label;
    }

    public boolean isPublic() {
        return this == PUBLISHED;
    }

    /**
     * The workflow table: true when a document (or a published document's pending correction) in this state may make
     * the move. DRAFT and CHANGES_REQUESTED are submitted; IN_REVIEW is approved or sent back; APPROVED is published or
     * sent back; PUBLISHED is withdrawn; WITHDRAWN is final.
     */
    public boolean allows(WorkflowAction action) {
        return switch (this) {
            case DRAFT, CHANGES_REQUESTED -> action == WorkflowAction.SUBMIT;
            case IN_REVIEW -> action == WorkflowAction.REQUEST_CHANGES || action == WorkflowAction.APPROVE;
            case APPROVED -> action == WorkflowAction.REQUEST_CHANGES || action == WorkflowAction.PUBLISH;
            case PUBLISHED -> action == WorkflowAction.WITHDRAW;
            case WITHDRAWN -> false;
        };
    }

    /** The moves this state allows, in the order of {@link WorkflowAction}. */
    public Set<WorkflowAction> actions() {
        Set<WorkflowAction> actions = EnumSet.noneOf(WorkflowAction.class);
        for (WorkflowAction a : WorkflowAction.values()) {
            if (allows(a)) {
                actions.add(a);
            }
        }
        return actions;
    }

    /**
     * The moves open on a document in this state whose pending correction stands at {@code correctionStage} (null: it
     * has none). Withdrawing moves the published document; every other move of a published document moves its
     * correction, so without one nothing waits for review.
     */
    public Set<WorkflowAction> actions(DocumentStatus correctionStage) {
        if (correctionStage == null) {
            return actions();
        }
        Set<WorkflowAction> actions = EnumSet.noneOf(WorkflowAction.class);
        for (WorkflowAction a : WorkflowAction.values()) {
            if (a == WorkflowAction.WITHDRAW ? allows(a) : correctionStage.allows(a)) {
                actions.add(a);
            }
        }
        return actions;
    }

    /** The states in which the move is allowed (the table read by column). */
    public static Set<DocumentStatus> allowing(WorkflowAction action) {
        Set<DocumentStatus> states = EnumSet.noneOf(DocumentStatus.class);
        for (DocumentStatus s : values()) {
            if (s.allows(action)) {
                states.add(s);
            }
        }
        return states;
    }

    /**
     * True while the document's text may be changed: a draft, one sent back for changes, or a published one (through
     * its pending correction). Not in review or approved (the text an editor reviews does not change under them), nor
     * once withdrawn.
     */
    public boolean isEditable() {
        return this == DRAFT || this == CHANGES_REQUESTED || this == PUBLISHED;
    }

    /** The state in the words of a sentence ("a document that is waiting for changes"). */
    public String words() {
        return switch (this) {
            case DRAFT -> "a draft";
            case IN_REVIEW -> "in review";
            case CHANGES_REQUESTED -> "waiting for changes";
            case APPROVED -> "approved";
            case PUBLISHED -> "published";
            case WITHDRAWN -> "withdrawn";
        };
    }

    /** The label of a status stored by name ("CHANGES_REQUESTED" reads "Changes requested"); other text as it is. */
    public static String labelOf(String name) {
        if (name == null) {
            return "";
        }
        try {
            return valueOf(name).label();
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    /** The statuses this reader may see: every one for staff, the public ones for anyone else. */
    public static Set<DocumentStatus> visibleTo(Reader reader) {
        return reader.seesUnpublished() ? EnumSet.allOf(DocumentStatus.class) : publicStatuses();
    }

    /** The names of the statuses this reader may see, as the database keeps them. */
    public static String[] namesVisibleTo(Reader reader) {
        return visibleTo(reader).stream().map(Enum::name).toArray(String[]::new);
    }

    /** The statuses the public may see. */
    public static Set<DocumentStatus> publicStatuses() {
        return EnumSet.of(PUBLISHED);
    }
}
