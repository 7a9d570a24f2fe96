package org.cablearchive.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.cablearchive.accounts.NewAccount;
import org.cablearchive.accounts.UserAdministration;
import org.cablearchive.testing.ArchiveTest;
import org.cablearchive.testing.Chromium;
import org.cablearchive.testing.Seed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The editorial desk in a real browser (the system's Chromium, headless): an archivist pastes a telegram, fixes a
 * field and saves it as a draft, then submits it; an editor requests changes; the archivist makes them and submits
 * again; the editor approves and another editor publishes; the public finds it by search. A screenshot of each step goes
 * to {@code target/walkthrough/}, and to {@code docs/walkthrough/} with {@code -Dwalkthrough.docs=true}.
 *
 * <p>Needs {@code chromium} and {@code chromedriver} (Debian: {@code chromium}, {@code chromium-driver}; {@code .ci/run}
 * installs them); without them the test is skipped, saying so.
 */
@ArchiveTest
class WalkthroughBrowserTest {

    private static final Path SHOTS = Path.of("target", "walkthrough");
    private static final String PASSWORD = "a quiet harbour in 1951";
    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    UserAdministration users;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = Chromium.shared();
        Chromium.viewport(browser, 1280, 1400);
        Files.createDirectories(SHOTS);
    }

    private void account(String username, String role) {
        if (users.find(username).isEmpty()) {
            users.create(new NewAccount(username, PASSWORD, List.of(role)), "admin");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(String username) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(() -> !browser.getCurrentUrl().contains("/login"));
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        // htmx may swap an element between finding it and reading it: look again rather than fail.
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }

    private void shot(String name) throws IOException {
        Path file = SHOTS.resolve(name + ".png");
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        if (Boolean.getBoolean("walkthrough.docs")) {
            Path docs = Path.of("docs", "walkthrough");
            Files.createDirectories(docs);
            Files.copy(file, docs.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void setValue(WebElement field, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", field, value);
    }

    private void press(String buttonText) {
        WebElement button = browser.findElements(By.cssSelector("button")).stream()
                .filter(b -> b.getText().strip().equals(buttonText)).findFirst()
                .orElseThrow(() -> new AssertionError("no button \"" + buttonText + "\" on " + browser.getCurrentUrl()));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
    }

    private String status() {
        return browser.findElement(By.cssSelector("#desk .desk-panel__state .badge--status")).getText();
    }

    @Test
    void anArchivistAndTwoEditorsTakeAPastedTelegramToThePublic() throws IOException {
        account("walk-archivist", "ARCHIVIST");
        account("walk-editor", "EDITOR");
        account("walk-publisher", "EDITOR");

        // 1. The archivist pastes the telegram and reads what the archive makes of it.
        signIn("walk-archivist");
        browser.get(url("/documents/paste"));
        setValue(browser.findElement(By.id("text")), Seed.text());
        press("Read it");
        waitFor(() -> !browser.findElements(By.id("title")).isEmpty());
        assertThat(browser.findElement(By.id("title")).getAttribute("value"))
                .isEqualTo("The Charge in the Soviet Union (Cumming) to the Secretary of State");
        shot("01-archivist-pastes-a-telegram");

        // 2. They fix a field (the title as FRUS prints it, with its accent) and save the draft.
        WebElement title = browser.findElement(By.id("title"));
        setValue(title, "The Chargé in the Soviet Union (Cumming) to the Secretary of State");
        shot("02-archivist-fixes-the-title");
        press("Save as draft");
        waitFor(() -> browser.getCurrentUrl().matches(".*/documents/[^/]+$"));
        String document = browser.getCurrentUrl().replaceFirst(".*/documents/", "");
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).contains("Chargé");
        assertThat(status()).isEqualTo("DRAFT");

        // 3. They submit it for review.
        press("Submit");
        waitFor(() -> status().equals("IN REVIEW"));
        shot("03-archivist-submits");

        // 4. An editor finds it on the desk and requests changes.
        signIn("walk-editor");
        browser.get(url("/desk"));
        assertThat(browser.findElement(By.cssSelector("#q-review + ul")).getText()).contains("Chargé in the Soviet Union");
        shot("04-editor-desk");
        browser.get(url("/documents/" + document));
        setValue(browser.findElement(By.id("desk-comment")),
                "Give the Secretary of State's name, as the volume does: Acheson.");
        press("Request changes");
        waitFor(() -> status().equals("CHANGES REQUESTED"));
        shot("05-editor-requests-changes");

        // 5. The archivist reads the comment, makes the change and submits again.
        signIn("walk-archivist");
        browser.get(url("/documents/" + document));
        assertThat(browser.findElement(By.cssSelector(".comments")).getText()).contains("Acheson");
        browser.findElement(By.cssSelector("#desk a[href$='/edit']")).click();
        waitFor(() -> !browser.findElements(By.id("recipientName")).isEmpty());
        setValue(browser.findElement(By.id("recipientName")), "Acheson");
        setValue(browser.findElement(By.id("comment")), "recipient's name, as the editor asked");
        shot("06-archivist-edits");
        press("Save");
        waitFor(() -> browser.getCurrentUrl().matches(".*/documents/[^/]+$"));
        assertThat(status()).isEqualTo("DRAFT");
        press("Submit");
        waitFor(() -> status().equals("IN REVIEW"));
        shot("07-archivist-resubmits");

        // 6. The editor approves; the four-eyes rule is kept (they did not submit it). Another editor publishes.
        signIn("walk-editor");
        browser.get(url("/documents/" + document));
        press("Approve");
        waitFor(() -> status().equals("APPROVED"));
        shot("08-editor-approves");
        signIn("walk-publisher");
        browser.get(url("/documents/" + document));
        press("Publish");
        waitFor(() -> status().equals("PUBLISHED"));
        shot("09-editor-publishes");
        browser.get(url("/documents/" + document + "/revisions"));
        assertThat(browser.findElements(By.cssSelector("table tbody tr"))).hasSizeGreaterThanOrEqualTo(7);
        shot("10-revisions");
        browser.findElements(By.cssSelector("table tbody tr")).stream()
                .filter(row -> row.getText().contains("EDITED")).findFirst().orElseThrow()
                .findElement(By.cssSelector("a")).click();
        waitFor(() -> browser.getCurrentUrl().matches(".*/revisions/\\d+$"));
        assertThat(browser.findElement(By.cssSelector(".diff-fields")).getText()).contains("To", "Acheson");
        shot("11-what-the-edit-changed");

        // 7. The public finds it by search.
        browser.manage().deleteAllCookies();
        browser.get(url("/search?q=Acheson+%22Following+translation+Vyshinsky+statement%22"));
        List<String> links = browser.findElements(By.cssSelector(".results a")).stream()
                .map(a -> a.getAttribute("href")).filter(h -> h != null).toList();
        assertThat(links).anyMatch(h -> h.endsWith("/documents/" + document));
        shot("12-the-public-finds-it");
        browser.get(url("/documents/" + document));
        assertThat(browser.findElements(By.id("desk"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector(".metadata")).getText()).contains("Acheson");
        assertThat(Set.of(browser.findElement(By.cssSelector("h1")).getText())).containsExactly(
                "The Chargé in the Soviet Union (Cumming) to the Secretary of State");
    }
}
