package org.cablearchive.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final JdbcTemplate batch;

    Persons(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Registers a volume's whole persons list in a handful of statements, whatever its length: each entry merged
     * with the record that carries its identifier (volume and xml:id), else with one of the same name, else new.
     */
    @Transactional
    public void registerAll(String volumeId, List<PersonDraft> entries) {
        Map<String, Long> known = idsOfVolume(volumeId);
        List<PersonDraft> fresh = entries.stream().filter(e -> !known.containsKey(e.xmlId())).toList();
        Map<String, Long> byName = new HashMap<>();
        if (!fresh.isEmpty()) {
            jdbc.sql("select lower(name), min(id) from person where lower(name) = any(?) group by lower(name)")
                    .param(fresh.stream().map(e -> e.name().toLowerCase(Locale.ROOT)).toArray(String[]::new))
                    .query((rs, n) -> byName.put(rs.getString(1), rs.getLong(2))).list();
        }
        List<PersonDraft> unnamed = new ArrayList<>();
        Map<String, PersonDraft> firstByName = new LinkedHashMap<>();
        for (PersonDraft e : fresh) {
            String name = e.name().toLowerCase(Locale.ROOT);
            if (!byName.containsKey(name) && firstByName.putIfAbsent(name, e) == null) {
                unnamed.add(e);
            }
        }
        if (!unnamed.isEmpty()) {
            jdbc.sql("""
                            insert into person (name, description)
                            select n, d from unnest(?::text[], ?::text[]) with ordinality as t(n, d, i) order by i
                            returning id, lower(name)""")
                    .params(unnamed.stream().map(PersonDraft::name).toArray(String[]::new),
                            unnamed.stream().map(PersonDraft::description).toArray(String[]::new))
                    .query((rs, n) -> byName.put(rs.getString(2), rs.getLong(1))).list();
        }
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> sources = new ArrayList<>();
        int position = 0;
        for (PersonDraft e : entries) {
            Long id = known.get(e.xmlId());
            if (id != null) {
                updates.add(new Object[] {e.name(), e.description(), id});
            }
            Long personId = id != null ? id : byName.get(e.name().toLowerCase(Locale.ROOT));
            sources.add(new Object[] {personId, volumeId, e.xmlId(), position++});
        }
        jdbc.sql("delete from person_source where volume_id = ?").param(volumeId).update();
        batch.batchUpdate("update person set name = ?, description = ? where id = ?", updates);
        batch.batchUpdate("insert into person_source (person_id, volume_id, xml_id, position) values (?, ?, ?, ?)"
                + " on conflict (volume_id, xml_id) do nothing", sources);
    }

    /** The person ids of a volume's persons list, by the ids the volume gives them ({@code p_KHA1}). */
    @Transactional(readOnly = true)
    public Map<String, Long> idsOfVolume(String volumeId) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select xml_id, person_id from person_source where volume_id = ?").param(volumeId)
                .query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2))).list();
        return ids;
    }

    /** The names of these persons by id (those that exist). */
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, name from person where id = any(?)").param(ids.toArray(Long[]::new))
                    .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
        }
        return names;
    }

    @Transactional(readOnly = true)
    public Optional<PersonRecord> find(long id) {
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

    /**
     * Persons whose name holds these letters (as typed in a form's sender or recipient field), names beginning with
     * them first; at most {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<PersonRecord> suggest(String typed, int limit) {
        String q = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (q.length() < 2) {
            return List.of();
        }
        String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                        select id, name, description from person where lower(name) like ?
                        order by (lower(name) like ?) desc, name limit ?""")
                .params(like, like.substring(1), Math.max(1, Math.min(limit, 50)))
                .query((rs, n) -> new PersonRecord(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }
}
