package org.cablearchive.records;

/** Where a document stands in the editorial workflow. Only {@link #PUBLISHED} documents are public. */
public enum DocumentStatus {
    DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED, PUBLISHED, WITHDRAWN;

    public boolean isPublic() {
        return this == PUBLISHED;
    }
}
