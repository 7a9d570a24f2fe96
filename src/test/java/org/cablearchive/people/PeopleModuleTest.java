package org.cablearchive.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code people} module alone (Spring Modulith bootstraps its package and nothing of the other modules, on the
 * run's real PostgreSQL; the index, which maps other modules' documents, is off): the persons lists and the glossary
 * that volumes register, as the importer uses them. Each test rolls back.
 */
@ApplicationModuleTest
// The index maps other modules' documents, and the health groups name the storage module's server: not here.
@TestPropertySource(properties = {"spring.jpa.properties.hibernate.search.enabled=false",
        "management.endpoint.health.validate-group-membership=false"})
@Transactional
class PeopleModuleTest {

    @Autowired
    Persons persons;

    @Autowired
    Glossary glossary;

    @Autowired
    JdbcClient jdbc;

    /** Names no other test uses, so that the checks hold whatever the shared database holds. */
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aPersonListedInTwoVolumesIsOneRecordUnderEachVolumesOwnIdentifier() {
        String name = "Testperson-" + tag + ", Ada";
        List<PersonDraft> listOfA = List.of(new PersonDraft("p_TA1", name, "Counselor of Embassy"),
                new PersonDraft("p_OT1", "Otherperson-" + tag + ", Bo", "Consul General"));
        persons.registerAll("people-a-" + tag, listOfA);
        persons.registerAll("people-b-" + tag, List.of(new PersonDraft("p_TA_7", name.toUpperCase(Locale.ROOT), "Ambassador")));

        Map<String, Long> first = persons.idsOfVolume("people-a-" + tag);
        Map<String, Long> second = persons.idsOfVolume("people-b-" + tag);
        assertThat(first).containsOnlyKeys("p_TA1", "p_OT1");
        assertThat(second).containsOnlyKeys("p_TA_7");
        assertThat(second.get("p_TA_7")).as("the same name in another volume is the same person").isEqualTo(first.get("p_TA1"));
        assertThat(first.get("p_OT1")).isNotEqualTo(first.get("p_TA1"));
        assertThat(persons.find(first.get("p_TA1"))).hasValueSatisfying(p -> assertThat(p.name()).isEqualToIgnoringCase(name));
        assertThat(persons.ofVolume("people-a-" + tag)).extracting(PersonDraft::xmlId).containsExactly("p_TA1", "p_OT1");

        // Registered again (a volume imported again): nothing doubles.
        persons.registerAll("people-a-" + tag, listOfA);
        assertThat(persons.idsOfVolume("people-a-" + tag)).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from person where lower(name) = lower(?)").param(name).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aVolumesAbbreviationsJoinTheGlossaryOnceWhateverTheirCase() {
        String volumeA = "people-terms-a-" + tag;
        String volumeB = "people-terms-b-" + tag;
        for (String volume : List.of(volumeA, volumeB)) {
            jdbc.sql("insert into volume (id, title) values (?, ?)").params(volume, "Glossary test volume").update();
        }
        String abbreviation = "Zqtel" + tag;
        glossary.registerVolumeTerms(volumeA, List.of(new TermDraft("t_Zq1", abbreviation, "Zq telegram"),
                new TermDraft("t_Sov1", "Sov" + tag, "Soviet")));
        glossary.registerVolumeTerms(volumeB, List.of(new TermDraft("t_ZQ_9", abbreviation.toUpperCase(Locale.ROOT), "ZQ TELEGRAM")));

        assertThat(glossary.termsOfVolume(volumeA)).extracting(TermDraft::xmlId).containsExactly("t_Zq1", "t_Sov1");
        assertThat(glossary.termsOfVolume(volumeB)).extracting(TermDraft::xmlId).containsExactly("t_ZQ_9");
        assertThat(jdbc.sql("select count(*) from glossary_term where lower(abbreviation) = lower(?)").param(abbreviation)
                .query(Long.class).single()).as("one meaning, one entry, whatever its case").isEqualTo(1);
        assertThat(glossary.entries()).extracting(GlossaryEntry::abbreviation)
                .filteredOn(a -> a.toLowerCase(Locale.ROOT).endsWith(tag)).hasSize(2);
    }
}
