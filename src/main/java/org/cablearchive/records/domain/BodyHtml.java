package org.cablearchive.records.domain;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.cablearchive.records.Body;
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

    private BodyHtml(Map<String, String> referenceTargets, Map<String, Long> persons) {
        this.referenceTargets = referenceTargets;
        this.persons = persons;
    }

    /**
     * @param referenceTargets cross-reference key to the id of the document it leads to (absent: unresolved)
     * @param persons          the volume's person ids ({@code p_KHA1}) to their authority records
     */
    static String render(Body body, Map<String, String> referenceTargets, Map<String, Long> persons) {
        BodyHtml renderer = new BodyHtml(referenceTargets, persons);
        body.walk(renderer);
        return renderer.html.toString();
    }

    @Override
    public void start(String element, Map<String, String> a) {
        depth++;
        if (skipDepth > 0 || isShownElsewhere(element, a)) {
            skipDepth++;
            return;
        }
        String close = switch (element) {
            case "p" -> block("<p>", "</p>");
            case "head" -> block("<p class=\"body-head\">", "</p>");
            case "list" -> block("list".equals(a.get("type")) || a.get("rend") == null ? "<ul>" : "<ol>",
                    a.get("rend") == null ? "</ul>" : "</ol>");
            case "item" -> block("<li>", "</li>");
            case "table" -> block("<table class=\"body-table\">", "</table>");
            case "row" -> open("<tr>", "</tr>");
            case "cell" -> open("<td>", "</td>");
            case "pb" -> pageBreak(a.getOrDefault("n", ""));
            case "note" -> footnoteMark(a.getOrDefault("xml:id", ""), a.getOrDefault("n", ""));
            case "ref" -> reference(a);
            case "supplied" -> open("<span class=\"supplied\">[", "]</span>");
            case "gap" -> open("<span class=\"gap\">[", "]</span>");
            case "hi" -> emphasis(a.getOrDefault("rend", ""));
            case "q", "quote" -> open("<span class=\"quote\">", "</span>");
            case "persName" -> person(a.getOrDefault("corresp", "").replaceFirst("^#", ""));
            case "gloss" -> open("<span class=\"gloss\">", "</span>");
            case "placeName" -> open("<span class=\"place\">", "</span>");
            case "lb" -> open("<br>", "");
            case "opener" -> block("<div class=\"opener\">", "</div>");
            case "closer" -> block("<div class=\"closer\">", "</div>");
            case "dateline" -> block("<p class=\"dateline\">", "</p>");
            case "salute" -> block("<p class=\"salute\">", "</p>");
            case "signed" -> open("<span class=\"signed\">", "</span>");
            case "seg" -> open("<span class=\"seg\">", "</span>");
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
        String close = closing.pop();
        if (close.startsWith("</p") || close.startsWith("</li") || close.startsWith("</ul") || close.startsWith("</ol")
                || close.startsWith("</table") || close.startsWith("</div") || close.startsWith("</section")) {
            blockDepth--;
        }
        html.append(close);
    }

    /** The document's own head and source note are shown above the text, as its title and source. */
    private boolean isShownElsewhere(String element, Map<String, String> a) {
        return (element.equals("note") && !a.containsKey("xml:id")) || (depth == 1 && element.equals("head"));
    }

    @Override
    public void text(String text) {
        if (skipDepth > 0) {
            return;
        }
        if (blockDepth == 0 && text.isBlank()) {
            return;
        }
        html.append(HtmlUtils.htmlEscape(text));
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
        String key = a.getOrDefault("corresp", "").replaceFirst("^#", "");
        String target = referenceTargets.get(key);
        if (target != null) {
            html.append("<a class=\"xref\" href=\"/documents/").append(HtmlUtils.htmlEscape(target)).append("\">");
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
