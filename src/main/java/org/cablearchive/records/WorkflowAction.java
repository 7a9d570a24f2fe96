package org.cablearchive.records;

import java.util.Locale;

/**
 * The moves of the editorial workflow, as the API names them ({@code POST /api/documents/{id}/transitions}).
 * DRAFT → IN_REVIEW (submit) → CHANGES_REQUESTED (request changes; the archivist edits, it is a draft again, and
 * resubmits) or APPROVED (approve: not by the person who submitted it) → PUBLISHED (publish) → WITHDRAWN
 * (withdraw, with a public reason; the page stays as a tombstone).
 */
public enum WorkflowAction {
    SUBMIT, REQUEST_CHANGES, APPROVE, PUBLISH, WITHDRAW;

    /** Where the move takes a document (or a pending correction) that may make it. */
    public DocumentStatus leadsTo() {
        return switch (this) {
            case SUBMIT -> DocumentStatus.IN_REVIEW;
            case REQUEST_CHANGES -> DocumentStatus.CHANGES_REQUESTED;
            case APPROVE -> DocumentStatus.APPROVED;
            case PUBLISH -> DocumentStatus.PUBLISHED;
            case WITHDRAW -> DocumentStatus.WITHDRAWN;
        };
    }

    /** True for the moves that only editors make; anyone who may edit drafts may submit. */
    public boolean isEditorial() {
        return this != SUBMIT;
    }

    /** The label of a move stored by name ("REQUEST_CHANGES" reads "Requested changes" in a thread); other text as it is. */
    public static String pastOf(String name) {
        if (name == null) {
            return "";
        }
        return switch (name) {
            case "SUBMIT" -> "Submitted";
            case "REQUEST_CHANGES" -> "Requested changes";
            case "APPROVE" -> "Approved";
            case "PUBLISH" -> "Published";
            case "WITHDRAW" -> "Withdrawn";
            default -> name;
        };
    }

    /** What the move is called on the page ("Request changes"). */
    public String label() {
        String s = name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
