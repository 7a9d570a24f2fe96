package org.cablearchive.publishing.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cablearchive.records.PublishedDocuments;
import org.junit.jupiter.api.Test;

/**
 * An archive with no volume yet has no set hierarchy: the one answer that the shared test database (which always
 * holds volumes) cannot show. The records stand-in answers only what the verb asks and fail on anything else.
 */
class EmptyRepositoryTest {

    @SuppressWarnings("unchecked")
    private static <T> T empty(Class<T> type, String method) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, m, args) -> {
            if (m.getName().equals(method)) {
                return List.of();
            }
            throw new UnsupportedOperationException(m.getName());
        });
    }

    @Test
    void listSetsWithoutVolumesIsNoSetHierarchy() {
        OaiRepository repository = new OaiRepository(empty(PublishedDocuments.class, "volumes"), "", "Cable Archive",
                "archivist@example.org", "", 100);
        OaiError error = catchThrowableOfType(OaiError.class, () -> repository.answer(
                OaiArguments.parse(Map.of("verb", new String[] {"ListSets"})),
                new OaiRepository.Site("http://localhost", "localhost"), Instant.now()));
        assertThat(error.code()).isEqualTo(OaiError.Code.noSetHierarchy);
        assertThat(error.echoesArguments()).isTrue();
    }

    @Test
    void aPageSizeBelowOneIsRefusedAtStart() {
        IllegalArgumentException refused = catchThrowableOfType(IllegalArgumentException.class, () -> new OaiRepository(
                empty(PublishedDocuments.class, "none"), "", "n", "a@b.org", "", 0));
        assertThat(refused).hasMessageContaining("page-size");
    }
}
