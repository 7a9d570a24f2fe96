package org.cablearchive.researchers;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A search a reader saved: its name and the query string of its search page. */
@Entity
class SavedSearch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String name;
    private String query;
    private long countSaved;
    private Instant createdAt;

    protected SavedSearch() {
    }

    SavedSearch(String username, String name, String query, long countSaved) {
        this.username = username;
        this.name = name.strip();
        this.query = query;
        this.countSaved = countSaved;
        this.createdAt = Instant.now();
    }

    Long id() { return id; }
    String username() { return username; }
    String name() { return name; }
    String query() { return query; }
    long countSaved() { return countSaved; }
    Instant createdAt() { return createdAt; }
}
