package org.cablearchive.publishing.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and summary of the OpenAPI description ({@code /v3/api-docs}, shown by {@code /swagger-ui.html}). */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

    @Bean
    OpenAPI archiveApi() {
        return new OpenAPI().info(new Info()
                .title("Cable Archive API")
                .version("1")
                .description("Published diplomatic telegrams (Foreign Relations of the United States) as JSON, and the "
                        + "desk's API for entering documents and importing FRUS TEI volumes. Reading is open to anyone and "
                        + "shows published documents only; writing needs HTTP Basic or a signed-in session. Errors are "
                        + "RFC 9457 problem details. Harvesters: OAI-PMH 2.0 at /oai; feed: /feed.atom."));
    }
}
