package org.cablearchive.records.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablearchive.records.VolumePartDraft;
import org.cablearchive.records.VolumeStore.Matter;
import org.cablearchive.records.tei.TeiNames;
import org.springframework.web.util.HtmlUtils;

/**
 * Puts a volume's front or back matter together again from its parts: each child of {@code front} or
 * {@code back} (a preface, a list of sources, the persons list, the index, a title page) becomes one section,
 * its TEI rebuilt from the kept start tags, fragments and text.
 */
final class VolumeMatter {

    private static final Pattern HEAD = Pattern.compile("<head\\b[^>]*?(?:/>|>(.*?)</head>)", Pattern.DOTALL);
    private static final Pattern NOTE = Pattern.compile("<note\\b.*?(?:/>|</note>)", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private VolumeMatter() {
    }

    /** @param parts the zone's parts in file order, the {@code front} or {@code back} element's own included */
    static List<Matter> sections(List<VolumePartDraft> parts) {
        List<Matter> sections = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        StringBuilder tei = new StringBuilder();
        String key = null;
        String title = null;
        int ordinal = 0;
        for (VolumePartDraft p : parts) {
            int depth = open.size(); // 1: directly in front/back
            switch (p.kind()) {
                case OPEN -> {
                    open.push(name(p.tei()));
                    if (depth == 1) {
                        tei.setLength(0);
                        key = p.xmlId();
                        title = null;
                    }
                    if (depth >= 1) {
                        tei.append(p.tei(), 0, p.tei().length() - 2).append('>');
                    }
                }
                case CLOSE -> {
                    String name = open.pop();
                    if (depth >= 2) {
                        tei.append("</").append(name).append('>');
                    }
                    if (depth == 2) {
                        ordinal++;
                        sections.add(new Matter(key(key, p.zone(), ordinal), title, tei.toString()));
                    }
                }
                case FRAGMENT -> {
                    if (depth == 1) {
                        if (!name(p.tei()).equals(TeiNames.PB)) {
                            ordinal++;
                            sections.add(new Matter(key(p.xmlId(), p.zone(), ordinal), titleOf(p.tei()), p.tei()));
                        }
                    } else if (depth >= 2) {
                        if (depth == 2 && title == null && name(p.tei()).equals(TeiNames.HEAD)) {
                            title = titleOf(p.tei());
                        }
                        tei.append(p.tei());
                    }
                }
                case TEXT -> {
                    if (depth >= 2) {
                        tei.append(p.tei().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
                    }
                }
                case DOCUMENT -> {
                    // documents in front or back matter are listed with the volume's documents
                }
            }
        }
        return sections;
    }

    private static String key(String xmlId, VolumePartDraft.Zone zone, int ordinal) {
        return xmlId != null && xmlId.matches("[A-Za-z0-9._-]+") ? xmlId
                : zone.name().toLowerCase(Locale.ROOT) + "-" + ordinal;
    }

    /** The text of the first head in the fragment, notes left out; null when it has none. */
    static String titleOf(String tei) {
        Matcher m = HEAD.matcher(tei);
        if (!m.find() || m.group(1) == null) {
            return null;
        }
        String text = TAG.matcher(NOTE.matcher(m.group(1)).replaceAll("")).replaceAll("");
        text = HtmlUtils.htmlUnescape(text).replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? null : text;
    }

    /** The element name of a start tag or fragment. */
    static String name(String tei) {
        int end = 1;
        while (end < tei.length() && " \t\r\n/>".indexOf(tei.charAt(end)) < 0) {
            end++;
        }
        return tei.substring(1, end);
    }
}
