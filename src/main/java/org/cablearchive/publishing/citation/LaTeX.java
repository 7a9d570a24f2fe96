package org.cablearchive.publishing.citation;

import java.text.Normalizer;
import java.util.Map;

/**
 * Text made safe for a BibTeX value: the characters TeX treats specially are escaped, accented letters become
 * TeX accents ({@code Chargé} → {@code Charg{\'e}}) so classic 7-bit BibTeX reads them too, dashes and curly
 * quotes become their TeX ligatures. What has no TeX form is left as UTF-8 (the file is served as UTF-8).
 */
final class LaTeX {

    private static final Map<Character, String> SPECIAL = Map.ofEntries(
            Map.entry('\\', "\\textbackslash{}"), Map.entry('{', "\\{"), Map.entry('}', "\\}"),
            Map.entry('&', "\\&"), Map.entry('%', "\\%"), Map.entry('$', "\\$"), Map.entry('#', "\\#"),
            Map.entry('_', "\\_"), Map.entry('~', "\\textasciitilde{}"), Map.entry('^', "\\textasciicircum{}"),
            Map.entry('\u2013', "--"), Map.entry('\u2014', "---"), Map.entry('\u2018', "`"), Map.entry('\u2019', "'"),
            Map.entry('\u201C', "``"), Map.entry('\u201D', "''"), Map.entry('\u2026', "\\ldots{}"),
            Map.entry('\u00A0', "~"), Map.entry('\u00DF', "{\\ss}"), Map.entry('\u00E6', "{\\ae}"),
            Map.entry('\u00C6', "{\\AE}"), Map.entry('\u00F8', "{\\o}"), Map.entry('\u00D8', "{\\O}"),
            Map.entry('\u0153', "{\\oe}"), Map.entry('\u0152', "{\\OE}"), Map.entry('\u0142', "{\\l}"),
            Map.entry('\u0141', "{\\L}"), Map.entry('\u0131', "{\\i}"));

    // combining marks after a base letter (in NFD) and the TeX accent command for each
    private static final Map<Character, String> ACCENTS = Map.ofEntries(
            Map.entry('\u0300', "`"), Map.entry('\u0301', "'"), Map.entry('\u0302', "^"), Map.entry('\u0303', "~"),
            Map.entry('\u0304', "="), Map.entry('\u0306', "u"), Map.entry('\u0307', "."), Map.entry('\u0308', "\""),
            Map.entry('\u030A', "r"), Map.entry('\u030B', "H"), Map.entry('\u030C', "v"), Map.entry('\u0327', "c"),
            Map.entry('\u0328', "k"));

    private LaTeX() {
    }

    static String escape(String text) {
        if (text == null) {
            return null;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            String accent = ACCENTS.get(next);
            if (accent != null && Character.isLetter(c) && c < 0x80) {
                // {\'e}; {\c{c}}; a dotless i under an accent
                String base = c == 'i' && !accent.equals("c") && !accent.equals("k") ? "\\i" : String.valueOf(c);
                out.append("{\\").append(accent).append(Character.isLetter(accent.charAt(0)) ? "{" + base + "}" : base)
                        .append('}');
                i++;
            } else if (SPECIAL.containsKey(c)) {
                out.append(SPECIAL.get(c));
            } else {
                out.append(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /**
     * A URL for the {@code url} field, which biblatex and the url package read verbatim (as Zotero writes it): only
     * braces and backslashes, which would end or break the value, are percent-encoded.
     */
    static String escapeUrl(String url) {
        return url == null ? null : url.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D");
    }
}
