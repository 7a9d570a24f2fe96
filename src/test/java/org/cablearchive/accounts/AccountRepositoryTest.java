package org.cablearchive.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.cache.autoconfigure.CacheAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The accounts' repository and table on the run's real PostgreSQL (a JPA slice: no web layer, no index; the schema is
 * Flyway's, as in production); each test rolls back. Names are unique and looked up whatever their case, and listed in
 * alphabetical order whatever their case.
 */
@DataJpaTest(properties = "spring.jpa.properties.hibernate.search.enabled=false")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
// The application enables Spring's cache, which a slice does not configure by itself.
@ImportAutoConfiguration(CacheAutoConfiguration.class)
class AccountRepositoryTest {

    @Autowired
    AccountRepository accounts;

    /** A name no other test uses, so that the checks hold whatever the shared database holds. */
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private Account account(String username, Role... roles) {
        return accounts.saveAndFlush(Account.create(username, "{noop}not-a-real-hash", Set.of(roles), "repository-test",
                Instant.now()));
    }

    @Test
    void anAccountIsFoundByItsNameInAnyCaseWithItsRoles() {
        account("Clerk-" + tag, Role.ARCHIVIST, Role.EDITOR);
        for (String asked : List.of("Clerk-" + tag, "clerk-" + tag, "CLERK-" + tag.toUpperCase())) {
            Account found = accounts.findByUsername(asked).orElseThrow();
            assertThat(found.username()).as(asked).isEqualTo("Clerk-" + tag);
            assertThat(found.roles()).containsExactlyInAnyOrder(Role.ARCHIVIST, Role.EDITOR);
            assertThat(found.isEnabled()).isTrue();
        }
        assertThat(accounts.findForUpdate("CLERK-" + tag)).isPresent();
        assertThat(accounts.findByUsername("clerk-" + tag + "x")).isEmpty();
    }

    @Test
    void theDatabaseRefusesANameThatDiffersOnlyInCase() {
        account("twin-" + tag, Role.RESEARCHER);
        assertThatThrownBy(() -> account("TWIN-" + tag, Role.RESEARCHER)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theDatabaseRefusesANameWithASpace() {
        assertThatThrownBy(() -> account("two words " + tag, Role.RESEARCHER))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void everyAccountIsListedInAlphabeticalOrderWhateverItsCase() {
        account("zeta-" + tag, Role.RESEARCHER);
        account("Alpha-" + tag, Role.RESEARCHER);
        account("beta-" + tag, Role.RESEARCHER);
        List<String> mine = accounts.findAllInOrder().stream().map(Account::username).filter(name -> name.endsWith(tag)).toList();
        assertThat(mine).containsExactly("Alpha-" + tag, "beta-" + tag, "zeta-" + tag);
    }
}
