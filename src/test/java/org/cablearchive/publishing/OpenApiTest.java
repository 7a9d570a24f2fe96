package org.cablearchive.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cablearchive.testing.ArchiveTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI description and its Swagger UI page, open to anyone. */
@ArchiveTest
class OpenApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theDescriptionListsTheReadingApi() throws Exception {
        String json = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode api = JsonMapper.builder().build().readTree(json);
        assertThat(api.path("openapi").asString()).startsWith("3.");
        assertThat(api.path("info").path("title").asString()).isEqualTo("Cable Archive API");
        JsonNode paths = api.path("paths");
        assertThat(paths.has("/api/documents/{id}")).isTrue();
        assertThat(paths.path("/api/documents/{id}").has("get")).isTrue();
        assertThat(paths.has("/api/volumes")).isTrue();
        assertThat(paths.path("/api/volumes").has("get")).isTrue();
    }

    @Test
    void swaggerUiIsServed() throws Exception {
        mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("swagger-ui");
    }
}
