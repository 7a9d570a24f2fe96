package org.cablearchive.records.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.cablearchive.records.ChapterDraft;

/** A compilation, chapter or subchapter of a volume; chapters nest and keep their printed order. */
@Entity
public class Chapter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "volume_id")
    private Volume volume;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Chapter parent;

    private String xmlId;
    private String kind;
    private String title;
    private String headTei;
    private int position;

    protected Chapter() {
    }

    Chapter(Volume volume, String xmlId) {
        this.volume = volume;
        this.xmlId = xmlId;
    }

    /** Takes what the volume now says of this chapter and where it stands. */
    void update(ChapterDraft draft, Chapter parent, int position) {
        this.parent = parent;
        this.kind = draft.kind();
        this.title = draft.title();
        this.headTei = draft.headTei();
        this.position = position;
    }

    ChapterDraft draft() {
        return new ChapterDraft(xmlId, parent == null ? null : parent.xmlId, kind, title, headTei);
    }

    public Long id() {
        return id;
    }

    public String xmlId() {
        return xmlId;
    }

    public String title() {
        return title;
    }

}
