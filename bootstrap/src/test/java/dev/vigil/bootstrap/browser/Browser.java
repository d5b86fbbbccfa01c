package dev.vigil.bootstrap.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver (TOOLCHAIN.md item 9): explicit paths, so Selenium
 * Manager downloads nothing, and a fresh profile folder per browser.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration PATIENCE = Duration.ofSeconds(30);

    final ChromeDriver driver;
    private final Path profile;

    Browser(Path profile) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("the browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver");
        }
        this.profile = profile;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PATIENCE);
    }

    /** Waits, up to a generous limit (the machine may be busy), until {@code condition} gives a non-null, non-false value. */
    <T> T await(String what, Function<WebDriver, T> condition) {
        return await(what, PATIENCE, condition);
    }

    /**
     * As {@link #await(String, Function)}, for things that take a while by design (checks run every few seconds). An
     * element the page's own script replaced meanwhile is looked for again.
     */
    <T> T await(String what, Duration patience, Function<WebDriver, T> condition) {
        // The page's script replaces regions as it refreshes them: an element found a moment ago may be gone.
        return new WebDriverWait(driver, patience).withMessage(what)
                .ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** A full-page screenshot at the given CSS width (a phone below 600 px), under target/screenshots. */
    Path screenshot(String name, int width) {
        boolean phone = width < 600;
        try {
            driver.executeScript("window.scrollTo(0, 0)");
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", phone));
            long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", (int) Math.min(height, 8000), "deviceScaleFactor", 1, "mobile", phone));
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
