package org.cablearchive.search.web;

import java.util.regex.Pattern;

/**
 * A result's snippet as the page shows it: the paragraphs the highlighter's passage spans kept apart (a heading
 * does not run into the text after it), and nothing at all where the passage holds no word (a telegram number
 * alone, "1754.", says nothing of the document).
 */
public final class Snippets {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\s*\\n\\s*\\n\\s*");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    private Snippets() {
    }

    /** The snippet HTML for the page, or null when it holds no word of two letters or more. */
    public static String shown(String snippet) {
        if (snippet == null || !WORD.matcher(TAG.matcher(snippet).replaceAll(" ")).find()) {
            return null;
        }
        String apart = PARAGRAPH_BREAK.matcher(snippet.strip())
                .replaceAll(" <span class=\"hit__break\" aria-hidden=\"true\">¶</span> ");
        return LINE_BREAK.matcher(apart).replaceAll(" ");
    }
}
