package dev.vigil.bootstrap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.bootstrap.AppConfig;
import dev.vigil.bootstrap.VigilApp;
import dev.vigil.domain.account.Password;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;

/**
 * The journeys of issue 5 in a real browser (headless Debian Chromium) against the whole application on a real
 * SQLite file: the admin UI, the public page, its refresh script, escaping, and forms surviving a refresh.
 * Screenshots of the public page and the dashboard go to target/screenshots on every run.
 */
class BrowserJourneyIT {
    private static final String PASSWORD = "a password for the browser test";
    private static final int REFRESH_SECONDS = 2;

    @TempDir
    Path folder;
    private final List<String> console = new ArrayList<>();
    private VigilApp app;
    private Browser browser;
    private String apiKey;

    @BeforeEach
    void start() {
        AppConfig config = new AppConfig("127.0.0.1", 0, folder.resolve("vigil.db"), Optional.empty(),
                AppConfig.DEFAULT_MAX_BODY).withPages(REFRESH_SECONDS, Optional.of(Password.chosen(PASSWORD, "password")));
        app = VigilApp.start(config, console::add, Clock.systemUTC());
        apiKey = console.stream().flatMap(String::lines).map(String::strip).filter(l -> l.startsWith("vgl_"))
                .findFirst().orElseThrow();
        browser = new Browser(folder.resolve("chromium-profile"));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.close();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    private WebElement find(String css) {
        return browser.driver.findElement(By.cssSelector(css));
    }

    private String text(String css) {
        return find(css).getText();
    }

    private void logIn() {
        browser.driver.get(url("/admin"));
        browser.await("the login page", d -> d.getCurrentUrl().contains("/admin/login"));
        find("input[name=username]").sendKeys("admin");
        find("input[name=password]").sendKeys(PASSWORD);
        find("form[action='/admin/login'] button").click();
        browser.await("the dashboard after logging in", d -> d.getTitle().startsWith("Dashboard"));
    }

    private void createSystem(String name) {
        browser.driver.get(url("/admin"));
        find("form[action='/admin/systems'] input[name=name]").sendKeys(name);
        find("form[action='/admin/systems'] button").click();
        browser.await("the new system's page", d -> d.findElements(By.cssSelector("#system-title")).size() == 1);
    }

    private void addDependency(String name) {
        WebElement form = find("form[action$='/dependencies']");
        form.findElement(By.name("name")).sendKeys(name);
        form.findElement(By.cssSelector("button")).click();
        browser.await("the dependency on the page", d -> d.findElements(By.xpath("//li[@data-dependency]//h3[text()='" + name + "']")).size() == 1);
    }

    /** A change made by someone else meanwhile, through the API. */
    private void api(String method, String path, String json) throws IOException, InterruptedException {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Bearer " + apiKey).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
    }

    @Test
    void anOperatorBreaksADependencyByHand_thePublicPageAndItsBannerFollowWithoutAReload_thenLogsOut() throws Exception {
        logIn();
        createSystem("Checkout API");
        assertThat(text(".notice")).isEqualTo("System created.");
        addDependency("PostgreSQL");
        String admin = browser.driver.getWindowHandle();
        browser.driver.switchTo().newWindow(WindowType.TAB);
        browser.driver.get(url("/status"));
        String status = browser.driver.getWindowHandle();
        browser.await("the public page showing the new system",
                d -> d.findElements(By.cssSelector("[data-component='checkout-api']")).size() == 1
                        || reload(d));
        assertThat(text("#banner h1")).isEqualTo("All systems operational");

        browser.driver.switchTo().window(admin);
        // This page refreshes itself every 2 s; until the focus is inside the form, a refresh may replace it.
        untilNotStale(() -> {
            WebElement details = find("details[id^='dependency-']");
            if (details.getAttribute("open") == null) {
                details.findElement(By.tagName("summary")).click();
            }
            find("form[action$='/status'][action^='/admin/dependencies/'] textarea[name=message]").click();
        });
        WebElement statusForm = find("form[action$='/status'][action^='/admin/dependencies/']");
        statusForm.findElement(By.name("message")).sendKeys("Connection refused");
        new Select(statusForm.findElement(By.name("status"))).selectByValue("red");
        statusForm.findElement(By.cssSelector("button")).click();
        browser.await("the system page after the change", d -> d.getCurrentUrl().contains("notice=dependency-status-changed"));
        assertThat(text("[data-live='header'] .label")).isEqualTo("Down");
        assertThat(browser.driver.getPageSource()).contains("Connection refused");

        browser.driver.switchTo().window(status);
        browser.await("the banner rolled up by the refresh script, without a reload",
                d -> d.findElement(By.cssSelector("#banner h1")).getText().equals("Outage"));
        assertThat(find("#banner").getAttribute("class")).contains("s-down");
        assertThat(find("#banner .i").getCssValue("mask-image")).as("the banner's icon is the outage shape")
                .contains("i-down.svg");
        assertThat(text("[data-component='checkout-api'] .head .label")).isEqualTo("Down");
        assertThat(text("[data-component='checkout-api'] > .detail")).isEqualTo("PostgreSQL is down");
        assertThat(find("[data-component^='checkout-api/'] .label").getText()).isEqualTo("Down");
        browser.screenshot("status-desktop", 1280);
        browser.screenshot("status-mobile", 360);
        browser.driver.get(url("/status/checkout-api"));
        assertThat(text("[data-component='checkout-api'] .head .label")).isEqualTo("Down");

        browser.driver.switchTo().window(admin);
        browser.driver.get(url("/admin"));
        browser.screenshot("dashboard-desktop", 1280);
        browser.screenshot("dashboard-mobile", 360);
        find("form[action='/admin/logout'] button").click();
        browser.await("the login page after logging out", d -> d.getPageSource().contains("You have logged out."));
        browser.driver.get(url("/admin"));
        assertThat(browser.driver.getCurrentUrl()).contains("/admin/login");
    }

    /** Runs {@code steps} again when the page replaced an element under it (at most a few times). */
    private static void untilNotStale(Runnable steps) {
        for (int attempt = 1; ; attempt++) {
            try {
                steps.run();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                if (attempt == 5) {
                    throw replaced;
                }
            }
        }
    }

    private static boolean reload(org.openqa.selenium.WebDriver driver) {
        driver.navigate().refresh();
        return false;
    }

    @Test
    void aSystemNamedLikeMarkup_showsAsText_everywhere() {
        String hostile = "<img src=x onerror=alert(1)>";
        logIn();

        createSystem(hostile);

        assertThat(text("#system-title")).isEqualTo(hostile);
        browser.driver.get(url("/admin"));
        assertThat(browser.driver.findElement(By.linkText(hostile)).getText()).isEqualTo(hostile);
        browser.driver.get(url("/status"));
        browser.await("the public page showing it", d -> !d.findElements(By.linkText(hostile)).isEmpty() || reload(d));
        assertThat(browser.driver.findElements(By.cssSelector("img"))).isEmpty();
        assertThat(alertShown()).isFalse();
    }

    private boolean alertShown() {
        try {
            browser.driver.switchTo().alert();
            return true;
        } catch (NoAlertPresentException none) {
            return false;
        }
    }

    @Test
    void aHalfFilledForm_survivesTheAutoRefresh_whileTheRestOfThePageUpdates() throws Exception {
        logIn();
        createSystem("Shop");
        addDependency("Database");
        String systemPath = new URI(browser.driver.getCurrentUrl()).getPath();
        long dependency = Long.parseLong(find("li[data-dependency]").getAttribute("data-dependency"));
        browser.driver.get(url(systemPath));
        untilNotStale(() -> {
            WebElement details = find("#dependency-" + dependency + "-forms");
            if (details.getAttribute("open") == null) {
                details.findElement(By.tagName("summary")).click();
            }
            find("form[action='/admin/dependencies/" + dependency + "/status'] textarea[name=message]").click();
        });
        WebElement comment = find("form[action='/admin/dependencies/" + dependency + "/status'] textarea[name=message]");
        comment.sendKeys("Half-typed note about the failover");
        WebElement rename = find("form[action='/admin/dependencies/" + dependency + "'] input[name=name]");
        rename.clear();
        rename.sendKeys("Database (primary)");
        WebElement addName = find("form[action$='/dependencies'] input[name=name]");
        addName.sendKeys("Cache, not saved yet");
        addName.click();

        api("POST", "/api/dependencies/" + dependency + "/status", "{\"status\": \"red\", \"message\": \"by the API\"}");

        browser.await("the header region refreshed by the script",
                d -> d.findElement(By.cssSelector("[data-live='header'] .label")).getText().equals("Down"));
        browser.await("the log region refreshed too", d -> d.findElement(By.cssSelector("[data-live='log']")).getText()
                .contains("by the API"));
        assertThat(comment.getAttribute("value")).isEqualTo("Half-typed note about the failover");
        assertThat(rename.getAttribute("value")).isEqualTo("Database (primary)");
        assertThat(addName.getAttribute("value")).isEqualTo("Cache, not saved yet");
        assertThat(find("#dependency-" + dependency + "-forms").getAttribute("open")).isNotNull();
        assertThat(text("li[data-dependency] .head .label")).as("the region being edited was left alone")
                .isEqualTo("Operational");

        comment.clear();
        rename.clear();
        rename.sendKeys("Database");
        find("#system-title").click();
        browser.await("the dependency region refreshed once nothing in it was being edited",
                d -> d.findElement(By.cssSelector("li[data-dependency] .head .label")).getText().equals("Down"));
        assertThat(find("#dependency-" + dependency + "-forms").getAttribute("open")).as("open details stay open").isNotNull();
        assertThat(addName.getAttribute("value")).isEqualTo("Cache, not saved yet");
        browser.screenshot("system-desktop", 1280);
    }

    @Test
    void theStatusPage_pausesWhileHidden_resumesWhenShown_andWorksWithoutJavaScript() throws Exception {
        api("POST", "/api/systems", "{\"name\": \"Search\"}");
        api("PUT", "/api/counters/searches_today", "{\"value\": 1200, \"label\": \"Searches today\"}");
        browser.driver.get(url("/status"));
        browser.await("the page with the system", d -> !d.findElements(By.cssSelector("[data-component='search']")).isEmpty() || reload(d));
        browser.await("a first refresh", d -> fetches() >= 1);

        browser.driver.executeScript("Object.defineProperty(document, 'visibilityState', {value: 'hidden', configurable: true});"
                + "document.dispatchEvent(new Event('visibilitychange'));");
        long hiddenAt = fetches();
        api("PUT", "/api/counters/searches_today", "{\"value\": 1300}");
        Thread.sleep(REFRESH_SECONDS * 3 * 1000L);

        assertThat(fetches()).as("no polling while hidden").isLessThanOrEqualTo(hiddenAt + 1);
        assertThat(text("[data-counter='searches_today']")).isEqualTo("1,200");
        browser.driver.executeScript("Object.defineProperty(document, 'visibilityState', {value: 'visible', configurable: true});"
                + "document.dispatchEvent(new Event('visibilitychange'));");
        browser.await("an immediate refresh when shown again",
                d -> d.findElement(By.cssSelector("[data-counter='searches_today']")).getText().equals("1,300"));

        browser.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        browser.driver.get(url("/status"));
        assertThat(text("#banner h1")).isEqualTo("All systems operational");
        assertThat(text("[data-component='search'] .head .label")).isEqualTo("Operational");
        assertThat(text("dd[data-counter='searches_today']")).isEqualTo("1,300");
        api("POST", "/api/systems/1/status", "{\"status\": \"red\"}");
        Thread.sleep(REFRESH_SECONDS * 2 * 1000L);
        assertThat(text("#banner h1")).as("without JavaScript nothing changes by itself").isEqualTo("All systems operational");
        browser.await("a reload showing the outage", d -> {
            d.navigate().refresh();
            return d.findElement(By.cssSelector("#banner h1")).getText().equals("Outage");
        });
    }

    private long fetches() {
        return (Long) browser.driver.executeScript(
                "return performance.getEntriesByType('resource').filter(e => e.name.endsWith('/status.json')).length");
    }
}
