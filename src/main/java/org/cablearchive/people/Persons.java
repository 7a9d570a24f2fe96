package org.cablearchive.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Person authority records. A volume's persons list feeds them: an entry is merged with the record that
 * already carries its identifier (volume and {@code xml:id}), else with a record of the same name, else it
 * becomes a new record.
 */
@Service
public class Persons {

    private final JdbcClient jdbc;

    Persons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Registers one entry of a volume's persons list, at its place in the list; returns the person's id. */
    @Transactional
    public long register(String volumeId, PersonDraft entry, int position) {
        Long known = jdbc.sql("select person_id from person_source where volume_id = ? and xml_id = ?")
                .params(volumeId, entry.xmlId()).query(Long.class).optional().orElse(null);
        if (known != null) {
            jdbc.sql("update person set name = ?, description = ? where id = ?")
                    .params(entry.name(), entry.description(), known).update();
            jdbc.sql("update person_source set position = ? where volume_id = ? and xml_id = ?")
                    .params(position, volumeId, entry.xmlId()).update();
            return known;
        }
        long id = jdbc.sql("select id from person where lower(name) = lower(?) order by id limit 1")
                .param(entry.name()).query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("insert into person (name, description) values (?, ?) returning id")
                        .params(entry.name(), entry.description()).query(Long.class).single());
        jdbc.sql("insert into person_source (person_id, volume_id, xml_id, position) values (?, ?, ?, ?)")
                .params(id, volumeId, entry.xmlId(), position).update();
        return id;
    }

    /** The person ids of a volume's persons list, by the ids the volume gives them ({@code p_KHA1}). */
    @Transactional(readOnly = true)
    public Map<String, Long> idsOfVolume(String volumeId) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select xml_id, person_id from person_source where volume_id = ?").param(volumeId)
                .query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2))).list();
        return ids;
    }

    @Transactional(readOnly = true)
    public java.util.Optional<PersonRecord> find(long id) {
        return jdbc.sql("select id, name, description from person where id = ?").param(id)
                .query((rs, n) -> new PersonRecord(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }

    /** A volume's persons list as the volume gave it, in its order. */
    @Transactional(readOnly = true)
    public List<PersonDraft> ofVolume(String volumeId) {
        return jdbc.sql("""
                        select s.xml_id, p.name, p.description from person_source s join person p on p.id = s.person_id
                        where s.volume_id = ? order by s.position, s.xml_id
                        """).param(volumeId)
                .query((rs, n) -> new PersonDraft(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }
}
