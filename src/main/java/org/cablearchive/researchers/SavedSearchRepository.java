package org.cablearchive.researchers;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SavedSearchRepository extends Repository<SavedSearch, Long> {

    SavedSearch save(SavedSearch search);

    void delete(SavedSearch search);

    Optional<SavedSearch> findById(Long id);

    @Query("select s from SavedSearch s where lower(s.username) = :username order by s.createdAt desc, s.id desc")
    List<SavedSearch> mine(String username);

    @Query("select count(s) from SavedSearch s where lower(s.username) = :username")
    long countMine(String username);
}
