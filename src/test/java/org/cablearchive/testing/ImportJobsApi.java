package org.cablearchive.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An import job as a script follows it through {@code /api/imports/{id}}. */
public final class ImportJobsApi {

    private ImportJobsApi() {
    }

    public static JsonNode json(String body) {
        return JsonMapper.builder().build().readTree(body);
    }

    /** The job at {@code url} once it has succeeded or failed (or after two minutes, as it then stands). */
    public static JsonNode awaitJob(MockMvc mvc, String url) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            JsonNode job = json(mvc.perform(get(url).with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            String s = job.get("status").asString();
            if (s.equals("SUCCEEDED") || s.equals("FAILED") || Instant.now().isAfter(deadline)) {
                return job;
            }
            Thread.sleep(200);
        }
    }
}
