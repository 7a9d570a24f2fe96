package org.cablearchive.records.tei.writer;

import static org.cablearchive.records.tei.TeiNames.CORRESP;
import static org.cablearchive.records.tei.TeiNames.DIV;
import static org.cablearchive.records.tei.TeiNames.HEAD;
import static org.cablearchive.records.tei.TeiNames.TYPE;
import static org.cablearchive.records.tei.TeiNames.XML_ID;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cablearchive.records.ChapterDraft;

/**
 * Opens and closes the chapter divs of a volume's body as the documents, streamed in volume order, ask for them.
 *
 * <p>A chapter is opened, with its ancestors, where its first document needs it. A chapter that holds no
 * document is written where the printed order (the order of the chapter list) puts it among its siblings: just
 * before the next sibling that is opened, else after its parent's last document, else (top level) at the end of
 * the body. Only the documents' position relative to such empty chapters can shift, which no draft records.
 *
 * <p>Drafts that disagree with themselves still give a well-formed file: a document naming an unknown chapter
 * goes directly in the body; a chapter needed again after it was closed is reopened as a continuation
 * {@code <div type="…" corresp="#id">} (no second {@code xml:id}); a parent cycle is broken at the top.
 */
final class ChapterTree {

    private final TeiOutput out;
    private final Map<String, ChapterDraft> byId = new LinkedHashMap<>();
    private final Map<String, List<ChapterDraft>> children = new HashMap<>();
    private final List<ChapterDraft> roots = new ArrayList<>();
    private final Set<String> written = new HashSet<>();
    private final Deque<ChapterDraft> open = new ArrayDeque<>(); // innermost first

    ChapterTree(TeiOutput out, List<ChapterDraft> chapters) {
        this.out = out;
        for (ChapterDraft c : chapters) {
            if (c != null && c.xmlId() != null) {
                byId.putIfAbsent(c.xmlId(), c);
            }
        }
        for (ChapterDraft c : byId.values()) {
            if (c.parentXmlId() == null || !byId.containsKey(c.parentXmlId()) || isOnCycle(c)) {
                roots.add(c);
            } else {
                children.computeIfAbsent(c.parentXmlId(), k -> new ArrayList<>()).add(c);
            }
        }
    }

    /** Makes {@code chapterXmlId} (null: the body itself) the innermost open div. */
    void enter(String chapterXmlId) {
        List<ChapterDraft> path = pathTo(chapterXmlId);
        while (!open.isEmpty() && !path.contains(open.peek())) {
            close();
        }
        for (int i = open.size(); i < path.size(); i++) {
            openChapter(path.get(i));
        }
    }

    /** Closes every open chapter and writes the chapters no document asked for. */
    void finish() {
        enter(null);
        for (ChapterDraft c : roots) {
            if (!written.contains(c.xmlId())) {
                whole(c);
            }
        }
    }

    private List<ChapterDraft> pathTo(String xmlId) {
        List<ChapterDraft> path = new ArrayList<>();
        ChapterDraft c = xmlId == null ? null : byId.get(xmlId);
        while (c != null) {
            path.add(0, c);
            c = roots.contains(c) ? null : byId.get(c.parentXmlId());
        }
        return path;
    }

    private void openChapter(ChapterDraft c) {
        int level = level();
        if (written.contains(c.xmlId())) {
            out.newline(level).start(DIV).attribute(TYPE, type(c)).attribute(CORRESP, "#" + c.xmlId());
        } else {
            for (ChapterDraft sibling : siblingsOf(c)) {
                if (sibling == c) {
                    break;
                }
                if (!written.contains(sibling.xmlId())) {
                    whole(sibling);
                }
            }
            start(c, level);
        }
        open.push(c);
    }

    private void close() {
        ChapterDraft c = open.peek();
        for (ChapterDraft child : children.getOrDefault(c.xmlId(), List.of())) {
            if (!written.contains(child.xmlId())) {
                whole(child);
            }
        }
        open.pop();
        out.newline(level()).end();
    }

    /** A chapter no document is in, with its subchapters. */
    private void whole(ChapterDraft c) {
        start(c, level());
        open.push(c);
        close();
    }

    private void start(ChapterDraft c, int level) {
        written.add(c.xmlId());
        out.newline(level).start(DIV).attribute(TYPE, type(c)).attribute(XML_ID, c.xmlId());
        if (c.headTei() != null) {
            FragmentCopier.plain(out).copyFragment(c.headTei());
        } else {
            out.element(HEAD, c.title());
        }
    }

    /** The indentation of a div opened now: TEI, text and body come first. */
    int level() {
        return open.size() + 3;
    }

    private List<ChapterDraft> siblingsOf(ChapterDraft c) {
        return roots.contains(c) ? roots : children.getOrDefault(c.parentXmlId(), List.of());
    }

    private boolean isOnCycle(ChapterDraft start) {
        Set<String> seen = new HashSet<>();
        for (ChapterDraft c = start; c != null; c = byId.get(c.parentXmlId())) {
            if (!seen.add(c.xmlId())) {
                return c == start;
            }
            if (c.parentXmlId() == null) {
                return false;
            }
        }
        return false;
    }

    private static String type(ChapterDraft c) {
        return c.kind() == null || c.kind().isBlank() ? "chapter" : c.kind().strip().toLowerCase(Locale.ROOT);
    }
}
