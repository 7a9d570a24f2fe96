package org.cablearchive.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.cablearchive.testing.ArchiveTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Accounts' events reach the audit log: accounts created, failed sign-ins. */
@ArchiveTest
class AccountAuditTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    List<String> entries(String subject) {
        return jdbc.sql("select actor || ' ' || action from audit_log where subject = ? order by id").param(subject)
                .query(String.class).list();
    }

    @Test
    void creatingAnAccountAndFailingToSignInAreAudited() throws Exception {
        mvc.perform(post("/api/users").with(user("root").roles("ADMIN")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"audited-editor\", \"password\": \"a long enough passphrase\", \"roles\": [\"EDITOR\"]}"))
                .andExpect(status().isCreated());
        mvc.perform(formLogin().user("audited-editor").password("wrong password"));
        assertThat(entries("audited-editor")).containsExactly("root ACCOUNT_CREATED", "audited-editor ACCOUNT_LOGIN_FAILED");
    }
}
