package org.cablearchive.people;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GlossaryTermRepository extends JpaRepository<GlossaryTerm, Long> {

    @Query("select g from GlossaryTerm g order by lower(g.abbreviation), g.expansion")
    List<GlossaryTerm> findAllInOrder();
}
