package org.cablearchive.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.cablearchive.accounts.NewAccount;
import org.cablearchive.accounts.UserAdministration;
import org.cablearchive.ingest.plaintext.PlainTextTelegramReader;
import org.cablearchive.ingest.volumes.VolumeImporter;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.testing.ArchiveTest;
import org.cablearchive.testing.Chromium;
import org.cablearchive.testing.Frus;
import org.cablearchive.testing.Seed;
import org.cablearchive.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reading room and the desk in a real browser, as people with a phone, a keyboard or a screen reader use them:
 * axe-core on every public and every staff page at 1280 and 390 px wide (no serious or critical violation), no page
 * that scrolls sideways on a phone, the first search result within the first screen of a phone, and the keyboard
 * paths (search box to the first result, a facet chosen with Enter, a footnote and back, the workflow buttons).
 * Screenshots of every page at both widths go to {@code target/screens/}, and to {@code docs/screens/} with
 * {@code -Dwalkthrough.docs=true}.
 */
@ArchiveTest
class ReadingRoomBrowserTest {

    private static final Path SHOTS = Path.of("target", "screens");
    private static final String PASSWORD = "a quiet harbour in 1951";
    private static final String VOLUME = "frus1951v07p2";
    private static boolean loaded;

    @LocalServerPort
    int port;

    @Autowired
    UserAdministration users;

    @Autowired
    VolumeImporter importer;

    @Autowired
    DocumentCatalog catalog;

    private ChromeDriver browser;

    @BeforeEach
    void open() throws Exception {
        browser = Chromium.shared();
        if (!loaded) {
            // Two volumes two decades apart, so that a search spans decades.
            Frus.importPublished(importer, VOLUME);
            Frus.importPublished(importer, "frus1969-76v12");
            account("room-archivist", "ARCHIVIST");
            account("room-editor", "EDITOR");
            loaded = true;
        }
        Files.createDirectories(SHOTS);
    }

    @Test
    void everyPageHasNoSeriousViolationAndNoSidewaysScrollAtEitherWidth() throws Exception {
        String seed = documentWithTitle(Seed.TITLE);
        String volumeDocument = firstHitOf("/search?q=Rankin&sort=date");
        Map<String, String> publicPages = new java.util.LinkedHashMap<>();
        publicPages.put("home", "/");
        publicPages.put("search", "/search");
        publicPages.put("search-words", "/search?q=Korea+Formosa");
        publicPages.put("documents", "/documents");
        publicPages.put("volumes", "/volumes");
        publicPages.put("volume", "/volumes/" + VOLUME);
        publicPages.put("document-telegram", "/documents/" + seed);
        publicPages.put("document-from-a-volume", "/documents/" + volumeDocument);
        publicPages.put("glossary", "/glossary");
        publicPages.put("sign-in", "/login");
        publicPages.put("not-found", "/documents/no-such-document");
        String draft = draft("room-archivist");
        Map<String, String> staffPages = new java.util.LinkedHashMap<>();
        staffPages.put("desk", "/desk");
        staffPages.put("new-document", "/documents/new");
        staffPages.put("paste", "/documents/paste");
        staffPages.put("document-with-desk-panel", "/documents/" + draft);
        staffPages.put("edit", "/documents/" + draft + "/edit");
        staffPages.put("revisions", "/documents/" + draft + "/revisions");
        staffPages.put("unresolved-references", "/references/unresolved");
        staffPages.put("imports", "/imports");
        staffPages.put("users", "/admin/users");
        staffPages.put("user", "/admin/users/room-editor");
        staffPages.put("audit-log", "/admin/audit");
        staffPages.put("search-index", "/admin/search-index");
        staffPages.put("shelf", "/my");

        List<String> problems = new ArrayList<>();
        browser.manage().deleteAllCookies();
        for (var page : publicPages.entrySet()) {
            check(page.getValue(), "public-" + page.getKey(), problems);
        }
        signIn("admin", TestDatabase.ADMIN_PASSWORD);
        for (var page : staffPages.entrySet()) {
            check(page.getValue(), "staff-" + page.getKey(), problems);
        }
        assertThat(problems).as("serious or critical axe violations, and pages that scroll sideways").isEmpty();
    }

    @Test
    void theSearchBoxLeadsToTheFirstResultOfASearchSpanningDecadesInFifteenTabsAtMost() {
        browser.manage().deleteAllCookies();
        Chromium.viewport(browser, 1280, 1000);
        browser.get(url("/search"));
        assertThat(browser.findElements(By.cssSelector(".timeline__row")).size()).isLessThanOrEqualTo(20);
        assertThat(browser.findElement(By.cssSelector(".timeline__caption")).getText()).contains("decade");
        WebElement first = browser.findElement(By.cssSelector(".hits .hit__title a"));
        browser.findElement(By.id("q")).click();
        int tabs = 0;
        while (!first.equals(browser.switchTo().activeElement()) && tabs < 40) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            tabs++;
        }
        assertThat(tabs).as("Tab presses from the search box to the first result").isLessThanOrEqualTo(15);
        // Empty periods are drawn without a link, the others are links a screen reader lists.
        for (WebElement empty : browser.findElements(By.cssSelector(".timeline__row--empty"))) {
            assertThat(empty.getTagName()).isEqualTo("span");
        }
        assertThat(browser.findElements(By.cssSelector("svg a"))).isEmpty();
    }

    @Test
    void aFacetChosenWithTheKeyboardLeavesFocusOnTheResultsAndTheCountIsAnnounced() {
        browser.manage().deleteAllCookies();
        Chromium.viewport(browser, 1280, 1000);
        browser.get(url("/search?q=Korea"));
        String before = browser.findElement(By.id("results-heading")).getText();
        WebElement facet = browser.findElement(By.cssSelector("#facets .facet .facet__value"));
        browser.executeScript("arguments[0].focus()", facet);
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        waitFor(() -> !browser.findElement(By.id("results-heading")).getText().equals(before));
        waitFor(() -> "results-heading".equals(browser.switchTo().activeElement().getAttribute("id")));
        assertThat(browser.getCurrentUrl()).contains("q=Korea").contains("&");
        assertThat(browser.findElement(By.id("search-status")).getAttribute("textContent"))
                .isEqualTo(browser.findElement(By.id("results-heading")).getText());
    }

    @Test
    void aFootnoteIsReachedAndLeftByKeyboard() {
        browser.manage().deleteAllCookies();
        browser.get(url("/documents/" + documentWithTitle(Seed.TITLE)));
        WebElement mark = browser.findElement(By.cssSelector(".fn-mark a"));
        browser.executeScript("arguments[0].focus()", mark);
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        waitFor(() -> browser.getCurrentUrl().contains("#fn-"));
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement back = browser.switchTo().activeElement();
        assertThat(back.getAttribute("class")).contains("footnotes__back");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        waitFor(() -> browser.getCurrentUrl().contains("#fnref-"));
    }

    @Test
    void theWorkflowButtonsWorkFromTheKeyboard() {
        String draft = draft("room-archivist");
        signIn("room-archivist", PASSWORD);
        assertThat(browser.getCurrentUrl()).as("staff land on their desk").endsWith("/desk");
        browser.get(url("/documents/" + draft));
        WebElement comment = browser.findElement(By.id("desk-comment"));
        comment.click();
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Submit");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        waitFor(() -> browser.findElement(By.cssSelector("#desk .desk-panel__state .badge--status"))
                .getAttribute("textContent").equals("In review"));
        assertThat(browser.findElements(By.cssSelector(".flash-area .alert, #desk .alert")).stream()
                .map(WebElement::getText).collect(Collectors.joining())).doesNotContain("(now");

        signIn("room-editor", PASSWORD);
        browser.get(url("/documents/" + draft));
        browser.findElement(By.id("desk-comment")).sendKeys("Give the Secretary's name.");
        WebElement request = browser.findElements(By.cssSelector("#desk button")).stream()
                .filter(b -> b.getText().equals("Request changes")).findFirst().orElseThrow();
        browser.executeScript("arguments[0].focus()", request);
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        waitFor(() -> browser.findElement(By.cssSelector("#desk .desk-panel__state .badge--status"))
                .getAttribute("textContent").equals("Changes requested"));
        // The editor who asked waits for the archivist: no Edit, no Submit.
        assertThat(browser.findElements(By.cssSelector("#desk a[href$='/edit']"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#desk button")).stream().map(WebElement::getText))
                .doesNotContain("Submit");
        // The archivist sees the request on the desk panel and on the edit form.
        signIn("room-archivist", PASSWORD);
        browser.get(url("/documents/" + draft + "/edit"));
        assertThat(browser.findElement(By.cssSelector(".entry-request")).getText()).contains("Give the Secretary's name.");
    }

    @Test
    void onAPhoneTheFirstResultIsOnTheFirstScreenAndTheFiltersAreBehindFilter() {
        browser.manage().deleteAllCookies();
        Chromium.viewport(browser, 390, 844);
        try {
            browser.get(url("/search?q=Korea&type=TELEGRAM"));
            WebElement first = browser.findElement(By.cssSelector(".hits .hit__title a"));
            Number top = (Number) browser.executeScript("return arguments[0].getBoundingClientRect().top", first);
            assertThat(top.doubleValue()).isLessThan(844);
            WebElement toggle = browser.findElement(By.cssSelector(".filter-toggle"));
            assertThat(toggle.getText()).contains("1 active");
            assertThat(browser.findElement(By.id("facets")).isDisplayed()).isFalse();
            toggle.click();
            assertThat(browser.findElement(By.id("facets")).isDisplayed()).isTrue();
            assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        } finally {
            Chromium.viewport(browser, 1280, 1400);
        }
    }

    private void check(String page, String name, List<String> problems) throws IOException {
        for (int width : new int[] {1280, 390}) {
            Chromium.viewport(browser, width, width == 390 ? 844 : 1000);
            browser.get(url(page));
            Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
                    .analyze(browser);
            for (Rule rule : results.getViolations()) {
                if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                    problems.add(page + " @" + width + ": " + rule.getId() + " (" + rule.getImpact() + ") "
                            + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList());
                }
            }
            Number sideways = (Number) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (sideways.intValue() > 0) {
                problems.add(page + " @" + width + ": scrolls sideways by " + sideways + " px");
            }
            shot(name + "-" + width);
        }
        Chromium.viewport(browser, 1280, 1400);
    }

    private void shot(String name) throws IOException {
        Number height = (Number) browser.executeScript("return Math.min(document.documentElement.scrollHeight, 2400)");
        Number width = (Number) browser.executeScript("return window.innerWidth");
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width.intValue(),
                "height", height.intValue(), "deviceScaleFactor", 1, "mobile", width.intValue() < 600));
        Path file = SHOTS.resolve(name + ".png");
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        if (Boolean.getBoolean("walkthrough.docs")) {
            Path docs = Path.of("docs", "screens");
            Files.createDirectories(docs);
            Files.copy(file, docs.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private String draft(String by) {
        return catalog.create(new PlainTextTelegramReader().read(Seed.text()).draft(), DocumentStatus.DRAFT, by);
    }

    private String documentWithTitle(String title) {
        var at = org.cablearchive.records.DocumentList.Position.page(1);
        while (true) {
            var page = catalog.list(at, 200, org.cablearchive.testing.Readers.PUBLIC);
            var found = page.documents().stream().filter(d -> d.title().equals(title))
                    .map(org.cablearchive.records.DocumentSummary::id).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            at = org.cablearchive.records.DocumentList.Position.after(java.util.Objects.requireNonNull(page.older(),
                    "no published document titled " + title));
        }
    }

    private String firstHitOf(String search) {
        browser.manage().deleteAllCookies();
        browser.get(url(search));
        return browser.findElement(By.cssSelector(".hits .hit__title a")).getAttribute("href").replaceFirst(".*/documents/", "");
    }

    private void account(String username, String role) {
        if (users.find(username).isEmpty()) {
            users.create(new NewAccount(username, PASSWORD, List.of(role)), "admin");
        }
    }

    private void signIn(String username, String password) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        waitFor(() -> !browser.getCurrentUrl().contains("/login"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void waitFor(BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }
}
