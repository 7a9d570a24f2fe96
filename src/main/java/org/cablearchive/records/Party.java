package org.cablearchive.records;

/**
 * A sender or recipient as printed: the role ("Charge in the Soviet Union") and the person's name where the
 * head gives one ("Cumming"). Either may be null.
 */
public record Party(String role, String name) {

    public static final Party NONE = new Party(null, null);

    public Party {
        role = blankToNull(role);
        name = blankToNull(name);
    }

    /** True when the source names a role or a person. */
    public boolean known() {
        return role != null || name != null;
    }

    /** "Charge in the Soviet Union (Cumming)", as a head prints it. */
    public String display() {
        if (role == null) {
            return name == null ? "" : name;
        }
        return name == null ? role : role + " (" + name + ")";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
