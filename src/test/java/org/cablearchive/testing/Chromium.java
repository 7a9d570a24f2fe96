package org.cablearchive.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium for all the browser tests of a run (the system's {@code chromium} and {@code chromedriver}),
 * started by the first that asks and closed when the run ends. Without them the tests are skipped, saying so.
 */
public final class Chromium {

    private static ChromeDriver browser;

    private Chromium() {
    }

    public static synchronized ChromeDriver shared() {
        Path chromium = onPath("chromium", "chromium-browser", "google-chrome");
        Path driver = onPath("chromedriver");
        Assumptions.assumeTrue(chromium != null && driver != null,
                "The browser tests need chromium and chromedriver on the PATH (Debian: apt install chromium chromium-driver)");
        if (browser == null) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.toFile());
            try {
                options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--hide-scrollbars", "--window-size=1280,1400",
                        "--user-data-dir=" + Files.createTempDirectory("test-chromium"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build(), options);
            browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            ChromeDriver started = browser;
            Runtime.getRuntime().addShutdownHook(new Thread(started::quit));
        }
        return browser;
    }

    /** Makes the page area (not the window) the given width and height, as a phone or a desktop screen has it. */
    public static void viewport(ChromeDriver browser, int width, int height) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        browser.manage().window().setSize(new Dimension(Math.max(width, 500), height + 100));
    }

    private static Path onPath(String... names) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : names) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }
}
