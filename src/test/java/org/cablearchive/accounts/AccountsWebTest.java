package org.cablearchive.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cablearchive.accounts.AccountEvent.Kind;
import org.cablearchive.testing.ArchiveTest;
import org.cablearchive.testing.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.http.Cookie;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Accounts as people use them: signing in and out, throttling, the administrators' pages, and the events the audit
 * log records. Real sign-ins through the form and HTTP Basic, against the real PostgreSQL.
 */
@ArchiveTest
@RecordApplicationEvents
class AccountsWebTest {

    static final String PASSWORD = "a long enough password";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    ApplicationEvents events;

    /** A new account of its own for each test: the database is shared by the whole run. */
    static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String account(Role role) {
        String username = unique(role.name().toLowerCase());
        users.create(new NewAccount(username, PASSWORD, List.of(role.name())), "admin");
        return username;
    }

    /** The browser's session cookie after signing in: the session itself is in the database (Spring Session). */
    private Cookie signIn(String username, String password) throws Exception {
        return sessionCookie(mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(authenticated().withUsername(username)).andReturn());
    }

    private static Cookie sessionCookie(org.springframework.test.web.servlet.MvcResult result) {
        return result.getResponse().getCookie("JSESSIONID");
    }

    private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(user("admin").roles("ADMIN")).with(csrf());
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private List<AccountEvent> eventsOf(String username) {
        return events.stream(AccountEvent.class).filter(e -> e.username().equals(username)).toList();
    }

    // --- signing in ------------------------------------------------------------------------------------------------

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static MockHttpServletRequestBuilder signInForm(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
    }

    private String problemAfter(String username, String password, String address) throws Exception {
        Cookie browser = sessionCookie(mvc.perform(signInForm(username, password, address))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error")).andReturn());
        // A plain "not right" leaves no flash message, so no session: the page then says only that.
        var login = get("/login").param("error", "");
        return page(browser == null ? login : login.cookie(browser)).select(".alert--error").text();
    }

    @Test
    void fiveFailedSignInsFromOneAddressStopThatAddressOnlyWithTheSameWordsForAnyUsername() throws Exception {
        String username = account(Role.RESEARCHER);
        String nobody = unique("no-such-person");
        String attacker = "198.51.100." + (1 + new java.util.Random().nextInt(250));
        for (int i = 1; i < SignInThrottle.PER_ACCOUNT; i++) {
            assertThat(problemAfter(username, "wrong password " + i, attacker)).contains("not right");
            assertThat(problemAfter(nobody, "wrong password " + i, attacker)).contains("not right");
        }
        String existing = problemAfter(username, "wrong again", attacker);
        String missing = problemAfter(nobody, "wrong again", attacker);
        // Now that address waits, for the account that exists and the one that does not alike: the same words.
        String onceMore = problemAfter(username, PASSWORD, attacker);
        assertThat(onceMore).startsWith("Too many failed sign-ins from your address: try again after ");
        assertThat(problemAfter(nobody, "anything", attacker)).isEqualTo(onceMore);
        assertThat(existing).isEqualTo(missing);
        mvc.perform(get("/api/search").with(httpBasic(username, PASSWORD)).with(from(attacker)))
                .andExpect(status().isUnauthorized());

        // The owner, from another address, signs in at once, through the form and HTTP Basic.
        mvc.perform(signInForm(username, PASSWORD, "203.0.113.7"))
                .andExpect(authenticated().withUsername(username));
        mvc.perform(get("/api/search").with(httpBasic(username, PASSWORD)).with(from("203.0.113.8")))
                .andExpect(status().isOk());
        assertThat(users.find(username).orElseThrow().lockedUntil()).isNull();
        assertThat(eventsOf(username).stream().filter(e -> e.kind() == Kind.LOGIN_FAILED)).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void manyUsernamesTriedFromOneAddressStopEverySignInFromIt() throws Exception {
        String username = account(Role.RESEARCHER);
        String sprayer = "192.0.2." + (1 + new java.util.Random().nextInt(250));
        for (int i = 0; i < SignInThrottle.PER_ADDRESS; i++) {
            mvc.perform(signInForm(unique("guess"), "password guess " + i, sprayer))
                    .andExpect(unauthenticated());
        }
        assertThat(problemAfter(username, PASSWORD, sprayer)).startsWith("Too many failed sign-ins from your address");
        mvc.perform(signInForm(username, PASSWORD, "203.0.113.9"))
                .andExpect(authenticated().withUsername(username));
    }

    @Test
    void aFailedSignInWithAnUnknownNameIsRecordedUnderTheNameTyped() throws Exception {
        mvc.perform(formLogin("/login").user("nobody-at-all").password("whatever it is")).andExpect(unauthenticated());
        assertThat(eventsOf("nobody-at-all")).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(Kind.LOGIN_FAILED);
            assertThat(e.detail()).isEqualTo("127.0.0.1");
        });
    }

    @Test
    void aSignInIsRecordedWithItsAddressAndSigningOutEndsTheSession() throws Exception {
        String username = account(Role.ARCHIVIST);
        Cookie session = signIn(username, PASSWORD);
        assertThat(eventsOf(username)).filteredOn(e -> e.kind() == Kind.LOGIN_SUCCEEDED).singleElement()
                .isEqualTo(new AccountEvent(Kind.LOGIN_SUCCEEDED, username, username, "127.0.0.1"));
        mvc.perform(get("/imports").cookie(session)).andExpect(status().isOk());

        mvc.perform(post("/logout").accept("text/html").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/?signedout"));
        mvc.perform(get("/imports").accept("text/html").cookie(session)).andExpect(redirectedUrl("/login"));
    }

    // --- administrators' pages -------------------------------------------------------------------------------------

    @Test
    void anAdministratorCreatesAnAccountOnTheUsersPage() throws Exception {
        Document list = page(get("/admin/users").with(user("admin").roles("ADMIN")));
        assertThat(list.select("h1").text()).isEqualTo("Users");
        assertThat(list.select("form[action=/admin/users] input[name=_csrf]")).hasSize(1);
        assertThat(list.select("a[href=/admin/users/admin]").text()).isEqualTo("admin");
        assertThat(list.select(".staff-nav a[href=/admin/users]").text()).isEqualTo("Users");

        String username = unique("editor");
        mvc.perform(asAdmin(post("/admin/users")).param("username", username).param("password", PASSWORD)
                        .param("roles", "EDITOR", "ARCHIVIST"))
                .andExpect(redirectedUrl("/admin/users/" + username));
        assertThat(eventsOf(username)).singleElement()
                .isEqualTo(new AccountEvent(Kind.CREATED, username, "admin", "EDITOR, ARCHIVIST"));
        Document page = page(get("/admin/users/{u}", username).with(user("admin").roles("ADMIN")));
        assertThat(page.select("h1").text()).isEqualTo(username);
        assertThat(page.select(".metadata").text()).contains("Enabled").contains("EDITOR, ARCHIVIST");
        assertThat(page.select("input[name=roles][checked]").eachAttr("value")).containsExactly("EDITOR", "ARCHIVIST");
        signIn(username, PASSWORD);
    }

    @Test
    void theCreateFormSaysWhatIsWrongFieldByField() throws Exception {
        String taken = account(Role.RESEARCHER);
        Document weak = page(asAdmin(post("/admin/users")).param("username", unique("x")).param("password", "short")
                .param("roles", "EDITOR"));
        assertThat(weak.select("#password-error").text()).contains("at least 12 characters");

        Document bad = page(asAdmin(post("/admin/users")).param("username", "<b>bold</b>").param("password", PASSWORD));
        assertThat(bad.select("#username-error").text()).contains("letters, digits");
        assertThat(bad.select(".field-error").text()).contains("Choose at least one role.");
        assertThat(bad.select("#username").attr("value")).isEqualTo("<b>bold</b>"); // kept, as text
        assertThat(bad.select("b")).isEmpty();

        Document duplicate = page(asAdmin(post("/admin/users")).param("username", taken.toUpperCase())
                .param("password", PASSWORD).param("roles", "EDITOR"));
        assertThat(duplicate.select("#username-error").text()).contains("is taken");
    }

    @Test
    void rolesAreAssignedAndTheChangeIsRecorded() throws Exception {
        String username = account(Role.RESEARCHER);
        mvc.perform(asAdmin(post("/admin/users/{u}/roles", username)).param("roles", "ARCHIVIST", "EDITOR"))
                .andExpect(redirectedUrl("/admin/users/" + username));
        assertThat(users.find(username).orElseThrow().roles()).containsExactly(Role.EDITOR, Role.ARCHIVIST);
        assertThat(eventsOf(username)).filteredOn(e -> e.kind() == Kind.ROLES_CHANGED).singleElement()
                .isEqualTo(new AccountEvent(Kind.ROLES_CHANGED, username, "admin", "EDITOR, ARCHIVIST"));

        Document none = page(asAdmin(post("/admin/users/{u}/roles", username)));
        assertThat(none.select(".field-error").text()).isEqualTo("Choose at least one role.");
        Document own = page(asAdmin(post("/admin/users/admin/roles")).param("roles", "EDITOR"));
        assertThat(own.select(".field-error").text()).contains("cannot take the ADMIN role from your own account");
    }

    @Test
    void aDisabledAccountCannotSignInAndItsOpenSessionEnds() throws Exception {
        String username = account(Role.ARCHIVIST);
        Cookie session = signIn(username, PASSWORD);
        mvc.perform(get("/imports").cookie(session)).andExpect(status().isOk());

        mvc.perform(asAdmin(post("/admin/users/{u}/disable", username))).andExpect(redirectedUrl("/admin/users/" + username));
        assertThat(eventsOf(username)).filteredOn(e -> e.kind() == Kind.DISABLED).singleElement()
                .satisfies(e -> assertThat(e.by()).isEqualTo("admin"));
        assertThat(page(get("/admin/users/{u}", username).with(user("admin").roles("ADMIN"))).select(".metadata").text())
                .contains("Disabled by admin");

        mvc.perform(get("/imports").cookie(session)).andExpect(redirectedUrl("/login?expired"));
        Cookie refused = sessionCookie(mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(unauthenticated()).andReturn());
        assertThat(page(get("/login").param("error", "").cookie(refused)).select(".alert--error").text())
                .contains("This account is disabled");
        mvc.perform(get("/api/imports/{id}", UUID.randomUUID()).with(httpBasic(username, PASSWORD)))
                .andExpect(status().isUnauthorized());

        mvc.perform(asAdmin(post("/admin/users/{u}/enable", username))).andExpect(redirectedUrl("/admin/users/" + username));
        assertThat(eventsOf(username)).extracting(AccountEvent::kind).contains(Kind.ENABLED);
        signIn(username, PASSWORD);
    }

    @Test
    void anAdministratorCannotDisableTheirOwnAccount() throws Exception {
        Document page = page(asAdmin(post("/admin/users/admin/disable")));
        assertThat(page.select(".alert--error").text()).contains("cannot disable your own account");
        assertThat(users.find("admin").orElseThrow().enabled()).isTrue();
    }

    @Test
    void aResetPasswordWorksAndTheOldOneStops() throws Exception {
        String username = account(Role.EDITOR);
        Cookie session = signIn(username, PASSWORD);
        mvc.perform(asAdmin(post("/admin/users/{u}/password", username)).param("password", "tiny"))
                .andExpect(status().isOk());
        mvc.perform(asAdmin(post("/admin/users/{u}/password", username)).param("password", "a brand new passphrase"))
                .andExpect(redirectedUrl("/admin/users/" + username));
        assertThat(eventsOf(username)).filteredOn(e -> e.kind() == Kind.PASSWORD_RESET).singleElement()
                .satisfies(e -> assertThat(e.by()).isEqualTo("admin"));

        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(unauthenticated());
        mvc.perform(get("/api/search").with(httpBasic(username, PASSWORD))).andExpect(status().isUnauthorized());
        mvc.perform(get("/imports").cookie(session)).andExpect(redirectedUrl("/login?expired"));
        signIn(username, "a brand new passphrase");
    }

    @Test
    void anUnknownAccountIsTheArchivesNotFoundPage() throws Exception {
        mvc.perform(get("/admin/users/{u}", "no-such-person").with(user("admin").roles("ADMIN")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theUsersPagesAreForAdministratorsOnly() throws Exception {
        mvc.perform(get("/admin/users").with(user("e").roles("EDITOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").accept("text/html")).andExpect(redirectedUrl("/login"));
        assertThat(page(get("/").with(user("e").roles("EDITOR"))).select(".site-nav a[href=/admin/users]")).isEmpty();
    }

    // --- CSRF and headers ------------------------------------------------------------------------------------------

    @Test
    void aFormPostedFromASignedInBrowserWithoutItsCsrfTokenIsRefused() throws Exception {
        Cookie session = signIn("admin", TestDatabase.ADMIN_PASSWORD);
        String victim = account(Role.RESEARCHER);
        mvc.perform(post("/admin/users/{u}/disable", victim).cookie(session)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users").cookie(session).param("username", unique("x")).param("password", PASSWORD)
                .param("roles", "ADMIN")).andExpect(status().isForbidden());
        mvc.perform(post("/imports").cookie(session)).andExpect(status().isForbidden());
        // The API asks a browser (a request with a session cookie) for the token too.
        mvc.perform(post("/api/users").cookie(session).contentType("application/json").content("{}"))
                .andExpect(status().isForbidden());
        assertThat(users.find(victim).orElseThrow().enabled()).isTrue();
        // With the token the same post goes through.
        mvc.perform(post("/admin/users/{u}/disable", victim).cookie(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        for (MockHttpServletRequestBuilder request : List.of(get("/login"), get("/admin/users").with(user("admin").roles("ADMIN")))) {
            mvc.perform(request)
                    .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("Referrer-Policy", "same-origin"))
                    .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
        }
        assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY).contains("script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
    }
}
