package org.cablearchive.publishing.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class PermalinksTest {

    private static MockHttpServletRequest request() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/documents/frus1951v07p2-d63");
        request.setScheme("http");
        request.setServerName("10.0.0.5");
        request.setServerPort(8080);
        return request;
    }

    @Test
    void takesTheAddressOfTheRequestWhenNoneIsConfigured() {
        assertThat(new Permalinks("").document("frus1951v07p2-d63", request()))
                .isEqualTo("http://10.0.0.5:8080/documents/frus1951v07p2-d63");
    }

    @Test
    void takesTheConfiguredPublicAddressBeforeTheRequest() {
        assertThat(new Permalinks("https://archive.example.org/").document("frus1951v07p2-d63", request()))
                .isEqualTo("https://archive.example.org/documents/frus1951v07p2-d63");
        assertThat(new Permalinks("https://example.org/cables").document("ca-1", request()))
                .isEqualTo("https://example.org/cables/documents/ca-1");
    }

    @Test
    void refusesAnAddressThatIsNotAnAbsoluteWebAddress() {
        for (String bad : new String[] {"archive.example.org", "ftp://archive.example.org", "https://x.org/?a=1", "http://"}) {
            assertThatThrownBy(() -> new Permalinks(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ARCHIVE_BASE_URL").hasMessageContaining(bad);
        }
    }
}
