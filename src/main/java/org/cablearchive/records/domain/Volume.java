package org.cablearchive.records.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cablearchive.records.VolumeDraft;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.modulith.NamedInterface;

/** A printed volume, e.g. {@code frus1951v07p2}: FRUS 1951, Volume VII, Korea and China, Part 2. */
@NamedInterface("entities")
@Entity
public class Volume {

    @Id
    private String id;

    private String title;
    private String series;
    private String subseries;
    private String volumeNumber;
    private String volumeTitle;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> editors = new ArrayList<>();

    private Integer publishedYear;
    private Instant createdAt;
    private Instant updatedAt;

    protected Volume() {
    }

    Volume(VolumeDraft draft) {
        this.id = draft.id();
        this.createdAt = Instant.now();
        update(draft);
    }

    /** Takes what the volume's header now says. */
    void update(VolumeDraft draft) {
        title = draft.title() == null || draft.title().isBlank() ? draft.id() : draft.title().strip();
        series = draft.series();
        subseries = draft.subseries();
        volumeNumber = draft.volumeNumber();
        volumeTitle = draft.volumeTitle();
        editors = new ArrayList<>(draft.editors());
        publishedYear = draft.publishedYear();
        updatedAt = Instant.now();
    }

    public VolumeDraft draft() {
        return new VolumeDraft(id, title, series, subseries, volumeNumber, volumeTitle, List.copyOf(editors), publishedYear);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public List<String> editors() {
        return List.copyOf(editors);
    }

    public Integer publishedYear() {
        return publishedYear;
    }
}
