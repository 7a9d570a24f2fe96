package org.cablearchive.records.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChapterRepository extends JpaRepository<Chapter, Long> {

    @Query("select c from Chapter c left join fetch c.parent where c.volume.id = :volumeId order by c.position")
    List<Chapter> ofVolume(String volumeId);
}
