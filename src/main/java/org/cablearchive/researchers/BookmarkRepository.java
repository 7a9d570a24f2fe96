package org.cablearchive.researchers;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface BookmarkRepository extends Repository<Bookmark, Long> {

    Bookmark save(Bookmark bookmark);

    void delete(Bookmark bookmark);

    Optional<Bookmark> findById(Long id);

    @Query("select b from Bookmark b where lower(b.username) = :username order by b.createdAt desc, b.id desc")
    List<Bookmark> mine(String username);

    @Query("select b from Bookmark b where lower(b.username) = :username and b.documentId = :documentId")
    Optional<Bookmark> mine(String username, String documentId);

    @Query("select count(b) from Bookmark b where lower(b.username) = :username")
    long countMine(String username);
}
