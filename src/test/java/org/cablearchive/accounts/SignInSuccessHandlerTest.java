package org.cablearchive.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A reader goes back to a page of this site only: never to another site, never back to the sign-in form. */
class SignInSuccessHandlerTest {

    @Test
    void onlyPathsOfThisSite() {
        assertThat(SignInSuccessHandler.localPath("/documents/ca-1?x=1")).isEqualTo("/documents/ca-1?x=1");
        assertThat(SignInSuccessHandler.localPath("//evil.example/")).isEqualTo("/");
        assertThat(SignInSuccessHandler.localPath("https://evil.example/")).isEqualTo("/");
        assertThat(SignInSuccessHandler.localPath("/\\evil.example")).isEqualTo("/");
        assertThat(SignInSuccessHandler.localPath("/login?error")).isEqualTo("/");
        assertThat(SignInSuccessHandler.localPath(null)).isEqualTo("/");
    }
}
