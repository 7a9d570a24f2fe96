package org.cablearchive.records;

/** Where a document stands in the editorial workflow. Only {@link #PUBLISHED} documents are public. */
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

    /** The statuses the public may see. */
    public static java.util.Set<DocumentStatus> publicStatuses() {
        return java.util.EnumSet.of(PUBLISHED);
    }
}
