package org.cablearchive.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.cablearchive.testing.ArchiveTest;
import org.cablearchive.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** {@code POST /api/users} and {@code GET /api/users/{username}}: administrators only, over HTTP Basic. */
@ArchiveTest
class UserApiTest {

    private static final RequestPostProcessor ADMIN = httpBasic("admin", TestDatabase.ADMIN_PASSWORD);

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    private ResultActions create(String json, RequestPostProcessor who) throws Exception {
        return mvc.perform(post("/api/users").with(who).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static String json(String username, String password, String roles) {
        return "{\"username\": \"" + username + "\", \"password\": \"" + password + "\", \"roles\": " + roles + "}";
    }

    @Test
    void anAdministratorCreatesAnAccount() throws Exception {
        String username = AccountsWebTest.unique("api-editor");
        String body = create(json(username, AccountsWebTest.PASSWORD, "[\"EDITOR\"]"), ADMIN)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/users/" + username))
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.roles[0]").value("EDITOR"))
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.createdBy").value("admin"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContainIgnoringCase("password\"").doesNotContain(AccountsWebTest.PASSWORD);

        mvc.perform(get("/api/users/{u}", username).with(ADMIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username));
        mvc.perform(get("/api/search").with(httpBasic(username, AccountsWebTest.PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void aBadRequestIsRefusedWithAMessageThatSaysWhy() throws Exception {
        create(json("has space", AccountsWebTest.PASSWORD, "[\"EDITOR\"]"), ADMIN).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("letters, digits")))
                .andExpect(jsonPath("$.errors.username").exists());
        create(json(AccountsWebTest.unique("weak"), "short", "[\"EDITOR\"]"), ADMIN).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("at least 12 characters")))
                .andExpect(jsonPath("$.errors.password").exists());
        create(json(AccountsWebTest.unique("boss"), AccountsWebTest.PASSWORD, "[\"BOSS\"]"), ADMIN)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("There is no role BOSS: choose from ADMIN, EDITOR, ARCHIVIST, RESEARCHER."));
        create(json(AccountsWebTest.unique("none"), AccountsWebTest.PASSWORD, "[]"), ADMIN).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.roles").value("Choose at least one role."));
        create("not json", ADMIN).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("JSON object")));
    }

    @Test
    void aTakenUsernameIsAConflict() throws Exception {
        String username = AccountsWebTest.unique("taken");
        users.create(new NewAccount(username, AccountsWebTest.PASSWORD, List.of("RESEARCHER")), "admin");
        create(json(username.toUpperCase(), AccountsWebTest.PASSWORD, "[\"EDITOR\"]"), ADMIN)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("The username " + username.toUpperCase() + " is taken: choose another one."));
    }

    @Test
    void onlyAdministratorsMayCreateAccounts() throws Exception {
        String editor = AccountsWebTest.unique("api-editor");
        users.create(new NewAccount(editor, AccountsWebTest.PASSWORD, List.of("EDITOR")), "admin");
        String request = json(AccountsWebTest.unique("x"), AccountsWebTest.PASSWORD, "[\"ADMIN\"]");
        create(request, httpBasic(editor, AccountsWebTest.PASSWORD)).andExpect(status().isForbidden());
        mvc.perform(post("/api/users").contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/users/admin")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/users/{u}", "no-such-person").with(ADMIN)).andExpect(status().isNotFound());
    }
}
