package org.cablearchive.records;

/** Where a document stands in the editorial workflow. Only {@link #PUBLISHED} documents are public. */
public enum DocumentStatus {
    DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED, PUBLISHED, WITHDRAWN;

    public boolean isPublic() {
        return this == PUBLISHED;
    }

    /** The statuses the public may see. */
    public static java.util.Set<DocumentStatus> publicStatuses() {
        return java.util.EnumSet.of(PUBLISHED);
    }
}
