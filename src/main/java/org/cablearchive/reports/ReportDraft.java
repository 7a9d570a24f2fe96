package org.cablearchive.reports;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What a reader sends: the passage (selected on the page or quoted), what is wrong with it, optionally how it should
 * read, and optionally how to reach them. Serializable: a refused draft goes back to the form through the session,
 * which is kept in the database.
 */
public record ReportDraft(
        @NotBlank(message = "Quote the passage that is wrong (select it on the page, or copy it here)")
        @Size(max = 2000, message = "Quote at most 2,000 characters: the words that are wrong, with a few around them")
        String passage,
        @NotBlank(message = "Say what is wrong with the passage")
        @Size(max = 4000, message = "At most 4,000 characters, please")
        String problem,
        @Size(max = 4000, message = "At most 4,000 characters, please")
        String suggestion,
        @Size(max = 300, message = "At most 300 characters, please")
        String contact) implements Serializable {

    /** The same report with its text trimmed and empty optional parts dropped. */
    public ReportDraft normalised() {
        return new ReportDraft(fold(passage), strip(problem), strip(suggestion), strip(contact));
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String fold(String s) {
        return s == null ? null : s.strip().replaceAll("\\s+", " ");
    }
}
