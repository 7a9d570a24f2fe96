package org.cablearchive.records.domain;

import static org.cablearchive.records.tei.TeiNames.CELL;
import static org.cablearchive.records.tei.TeiNames.CLOSER;
import static org.cablearchive.records.tei.TeiNames.CORRESP;
import static org.cablearchive.records.tei.TeiNames.DATELINE;
import static org.cablearchive.records.tei.TeiNames.GAP;
import static org.cablearchive.records.tei.TeiNames.GLOSS;
import static org.cablearchive.records.tei.TeiNames.HEAD;
import static org.cablearchive.records.tei.TeiNames.HI;
import static org.cablearchive.records.tei.TeiNames.ITEM;
import static org.cablearchive.records.tei.TeiNames.LABEL;
import static org.cablearchive.records.tei.TeiNames.LB;
import static org.cablearchive.records.tei.TeiNames.LIST;
import static org.cablearchive.records.tei.TeiNames.N;
import static org.cablearchive.records.tei.TeiNames.NOTE;
import static org.cablearchive.records.tei.TeiNames.OPENER;
import static org.cablearchive.records.tei.TeiNames.P;
import static org.cablearchive.records.tei.TeiNames.PB;
import static org.cablearchive.records.tei.TeiNames.PERS_NAME;
import static org.cablearchive.records.tei.TeiNames.PLACE_NAME;
import static org.cablearchive.records.tei.TeiNames.Q;
import static org.cablearchive.records.tei.TeiNames.QUOTE;
import static org.cablearchive.records.tei.TeiNames.REF;
import static org.cablearchive.records.tei.TeiNames.REND;
import static org.cablearchive.records.tei.TeiNames.ROW;
import static org.cablearchive.records.tei.TeiNames.SALUTE;
import static org.cablearchive.records.tei.TeiNames.SEG;
import static org.cablearchive.records.tei.TeiNames.SIGNED;
import static org.cablearchive.records.tei.TeiNames.SUPPLIED;
import static org.cablearchive.records.tei.TeiNames.TABLE;
import static org.cablearchive.records.tei.TeiNames.TARGET;
import static org.cablearchive.records.tei.TeiNames.TYPE;
import static org.cablearchive.records.tei.TeiNames.XML_ID;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.regex.Pattern;
import org.cablearchive.records.Body;
import org.cablearchive.records.WithheldPassage;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders a {@link Body} as the HTML of the reading page: page numbers at their places as anchors
 * ({@code #page-1043}), footnote marks that jump to the notes and back, cross-references as links once
 * resolved. Only elements listed here become HTML; everything else shows as its text, escaped.
 */
final class BodyHtml implements Body.Visitor {

    private final StringBuilder html = new StringBuilder();
    private final Map<String, String> referenceTargets;
    private final Map<String, Long> persons;
    private final Deque<String> closing = new ArrayDeque<>();
    private int blockDepth;
    private int depth;
    private int skipDepth;

    private Map<String, String> previews = Map.of();
    private Map<String, String> termsById = Map.of();
    private Map<String, String> abbreviations = Map.of();
    private Map<String, WithheldPassage> withheld = Map.of();
    /** Inside a gloss or an abbreviation already explained: the words are not looked up again. */
    private int explainedDepth;
    /** A list item's label ("1.", "(a)") read and waiting for its item, where it is shown. */
    private StringBuilder pendingLabel;
    private boolean inLabel;

    private BodyHtml(Map<String, String> referenceTargets, Map<String, Long> persons) {
        this.referenceTargets = referenceTargets;
        this.persons = persons;
    }

    /**
     * What the page can say about the words and links of the body: for each linked document, a line shown when the
     * pointer rests on the link (its title and date); the volume's terms by their ids ({@code t_Embtel1}) and the
     * glossary's abbreviations as printed ("Embtel", "Sov"), explained on hover by {@code <abbr title>}.
     */
    record Explanations(Map<String, String> previews, Map<String, String> termsById, Map<String, String> abbreviations) {
        static final Explanations NONE = new Explanations(Map.of(), Map.of(), Map.of());
    }

    static String render(Body body, Map<String, String> referenceTargets, Map<String, Long> persons, Explanations explain) {
        return render(body, referenceTargets, persons, explain, Map.of());
    }

    /** @param withheld the withheld passages the reader may read, by key (shown marked in their places) */
    static String render(Body body, Map<String, String> referenceTargets, Map<String, Long> persons, Explanations explain,
                         Map<String, WithheldPassage> withheld) {
        BodyHtml renderer = new BodyHtml(referenceTargets, persons);
        renderer.withheld = withheld;
        renderer.previews = explain.previews();
        renderer.termsById = explain.termsById();
        renderer.abbreviations = explain.abbreviations();
        body.walk(renderer);
        return tidy(renderer.html.toString());
    }

    /** Source white space at the end of an inline element, before punctuation ("Taipei</span> ,"). */
    private static final Pattern SPACE_BEFORE_PUNCTUATION =
            Pattern.compile("\\s+((?:</(?:span|abbr|em|a)>)+)(?=[,.;:!?\\])])");
    /** Source white space at the start of an inline element after an opening bracket ("[<span> Washington"). */
    private static final Pattern SPACE_AFTER_BRACKET =
            Pattern.compile("([\\[(])((?:<(?:span|abbr|em|a)\\b[^>]*>)+)\\s+");

    /**
     * Drops the pretty-printing white space of TEI that HTML would show as a space before a comma or after a
     * bracket (a dateline's place name ends with a line break in the source, then the comma follows).
     */
    static String tidy(String html) {
        String tidied = SPACE_BEFORE_PUNCTUATION.matcher(html).replaceAll("$1");
        return SPACE_AFTER_BRACKET.matcher(tidied).replaceAll("$1$2");
    }

    /**
     * @param referenceTargets cross-reference key to the id of the document it leads to (absent: unresolved)
     * @param persons          the volume's person ids ({@code p_KHA1}) to their authority records
     */
    static String render(Body body, Map<String, String> referenceTargets, Map<String, Long> persons) {
        return render(body, referenceTargets, persons, Explanations.NONE);
    }

    @Override
    public void start(String element, Map<String, String> a) {
        depth++;
        if (skipDepth > 0 || isShownElsewhere(element, a)) {
            skipDepth++;
            return;
        }
        String close = switch (element) {
            case P -> block("<p>", "</p>");
            case HEAD -> block("<p class=\"body-head\">", "</p>");
            case LIST -> block("list".equals(a.get(TYPE)) || a.get(REND) == null ? "<ul>" : "<ol>",
                    a.get(REND) == null ? "</ul>" : "</ol>");
            case LABEL -> listLabel();
            case ITEM -> item();
            case TABLE -> block("<table class=\"body-table\">", "</table>");
            case ROW -> open("<tr>", "</tr>");
            case CELL -> open("<td>", "</td>");
            case PB -> pageBreak(a.getOrDefault(N, ""));
            case NOTE -> footnoteMark(a.getOrDefault(XML_ID, ""), a.getOrDefault(N, ""));
            case REF -> reference(a);
            case SUPPLIED -> open("<span class=\"supplied\">[", "]</span>");
            case GAP -> gap(a.get(XML_ID));
            case HI -> emphasis(a.getOrDefault(REND, ""));
            case Q, QUOTE -> open("<span class=\"quote\">", "</span>");
            case PERS_NAME -> person(a.getOrDefault(CORRESP, "").replaceFirst("^#", ""));
            case GLOSS -> gloss(a.getOrDefault(TARGET, "").replaceFirst("^#", ""));
            case PLACE_NAME -> open("<span class=\"place\">", "</span>");
            case LB -> open("<br>", "");
            case OPENER -> block("<div class=\"opener\">", "</div>");
            case CLOSER -> block("<div class=\"closer\">", "</div>");
            case DATELINE -> block("<p class=\"dateline\">", "</p>");
            case SALUTE -> block("<p class=\"salute\">", "</p>");
            case SIGNED -> open("<span class=\"signed\">", "</span>");
            case SEG -> open("<span class=\"seg\">", "</span>");
            case "attachment" -> block("<section class=\"attachment\">", "</section>");
            default -> "";
        };
        closing.push(close);
    }

    @Override
    public void end(String element) {
        depth--;
        if (skipDepth > 0) {
            skipDepth--;
            return;
        }
        if (inLabel && element.equals(LABEL)) {
            inLabel = false;
            closing.pop();
            return;
        }
        String close = closing.pop();
        if (close.equals("</ul>") || close.equals("</ol>")) {
            flushLabel();
        }
        if (close.equals("</abbr>")) {
            explainedDepth--;
        }
        if (close.startsWith("</p") || close.startsWith("</li") || close.startsWith("</ul") || close.startsWith("</ol")
                || close.startsWith("</table") || close.startsWith("</div") || close.startsWith("</section")) {
            blockDepth--;
        }
        html.append(close);
    }

    /** The document's own head and source note are shown above the text, as its title and source. */
    private boolean isShownElsewhere(String element, Map<String, String> a) {
        return (element.equals(NOTE) && !a.containsKey(XML_ID)) || (depth == 1 && element.equals(HEAD));
    }

    @Override
    public void text(String text) {
        if (skipDepth > 0) {
            return;
        }
        if (inLabel) {
            pendingLabel.append(HtmlUtils.htmlEscape(text));
            return;
        }
        if (blockDepth == 0 && text.isBlank()) {
            return;
        }
        if (explainedDepth > 0 || abbreviations.isEmpty()) {
            html.append(HtmlUtils.htmlEscape(text));
            return;
        }
        explainWords(text);
    }

    /** Writes the text with each abbreviation of the glossary, as printed, in an {@code <abbr>} that explains it. */
    private void explainWords(String text) {
        int i = 0;
        int written = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i)) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)))) {
                end++;
            }
            String expansion = abbreviations.get(text.substring(i, end));
            if (expansion != null) {
                html.append(HtmlUtils.htmlEscape(text.substring(written, i)));
                html.append("<abbr title=\"").append(HtmlUtils.htmlEscape(expansion)).append("\">")
                        .append(HtmlUtils.htmlEscape(text.substring(i, end))).append("</abbr>");
                written = end;
            }
            i = end;
        }
        html.append(HtmlUtils.htmlEscape(text.substring(written)));
    }

    /** A list item's label is kept for the item that follows it ({@code <label>1.</label><item>…}). */
    private String listLabel() {
        String parent = closing.peek();
        if (parent == null || !(parent.equals("</ul>") || parent.equals("</ol>"))) {
            return ""; // not in a list: shown as its text
        }
        flushLabel();
        inLabel = true;
        pendingLabel = new StringBuilder();
        return "";
    }

    /** A label no item followed is shown on its own, not lost. */
    private void flushLabel() {
        if (pendingLabel != null) {
            html.append("<li class=\"labelled\"><span class=\"list-label\">").append(pendingLabel.toString().strip())
                    .append("</span></li>");
            pendingLabel = null;
        }
    }

    private String item() {
        if (pendingLabel == null) {
            return block("<li>", "</li>");
        }
        String label = pendingLabel.toString().strip();
        pendingLabel = null;
        return block("<li class=\"labelled\"><span class=\"list-label\">" + label + "</span> ", "</li>");
    }

    /**
     * A FRUS gap: "[1 paragraph (5 lines) not declassified]". A withheld passage the reader may read is shown marked,
     * after its marker, with why it is withheld.
     */
    private String gap(String key) {
        WithheldPassage w = key == null ? null : withheld.get(key);
        if (w == null) {
            return open("<span class=\"gap\">[", "]</span>");
        }
        String k = HtmlUtils.htmlEscape(key);
        return open("<mark class=\"withheld\" id=\"" + k + "\"><span class=\"withheld__marker\">[",
                "]</span> <span class=\"withheld__text\">" + HtmlUtils.htmlEscape(w.text()) + "</span>"
                        + " <span class=\"withheld__reason\">Withheld by " + HtmlUtils.htmlEscape(w.by()) + ": "
                        + HtmlUtils.htmlEscape(w.reason()) + "</span></mark>");
    }

    private String gloss(String termId) {
        String expansion = termsById.get(termId);
        if (expansion == null) {
            return open("<span class=\"gloss\">", "</span>");
        }
        explainedDepth++;
        return open("<abbr class=\"gloss\" title=\"" + HtmlUtils.htmlEscape(expansion) + "\">", "</abbr>");
    }

    private String block(String open, String close) {
        blockDepth++;
        html.append(open);
        return close;
    }

    private String open(String open, String close) {
        html.append(open);
        return close;
    }

    private String pageBreak(String n) {
        String id = "page-" + HtmlUtils.htmlEscape(n);
        String label = "[Page " + HtmlUtils.htmlEscape(n) + "]";
        if (blockDepth == 0) {
            html.append("<div class=\"page-break\" id=\"").append(id).append("\"><a href=\"#").append(id)
                    .append("\">").append(label).append("</a></div>");
        } else {
            html.append(" <a class=\"page-break\" id=\"").append(id).append("\" href=\"#").append(id).append("\">")
                    .append(label).append("</a> ");
        }
        return "";
    }

    private String footnoteMark(String key, String n) {
        String k = HtmlUtils.htmlEscape(key);
        html.append("<sup class=\"fn-mark\"><a href=\"#fn-").append(k).append("\" id=\"fnref-").append(k)
                .append("\" aria-label=\"Footnote ").append(HtmlUtils.htmlEscape(n)).append("\">")
                .append(HtmlUtils.htmlEscape(n)).append("</a></sup>");
        return "";
    }

    private String reference(Map<String, String> a) {
        String key = a.getOrDefault(CORRESP, "").replaceFirst("^#", "");
        String target = referenceTargets.get(key);
        if (target != null) {
            html.append("<a class=\"xref\" href=\"/documents/").append(HtmlUtils.htmlEscape(target)).append('"');
            String preview = previews.get(target);
            if (preview != null) {
                html.append(" title=\"").append(HtmlUtils.htmlEscape(preview)).append('"');
            }
            html.append('>');
            return "</a>";
        }
        html.append("<span class=\"xref unresolved\" title=\"Not yet linked to a document in the archive\">");
        return "</span>";
    }

    private String person(String key) {
        Long id = persons.get(key);
        return id == null ? open("<span class=\"person\">", "</span>")
                : open("<a class=\"person\" href=\"/persons/" + id + "\">", "</a>");
    }

    private String emphasis(String rend) {
        return switch (rend) {
            case "italic" -> open("<em>", "</em>");
            case "strong", "bold" -> open("<strong>", "</strong>");
            case "underline" -> open("<u>", "</u>");
            case "smallcaps" -> open("<span class=\"smallcaps\">", "</span>");
            default -> open("<span>", "</span>");
        };
    }
}
