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
 * SQLite file: the admin UI, the public page, its refresh script, escaping, and forms surviving a refresh; an HTTP
 * check against a stub the test breaks and mends; public and internal incident updates. Screenshots of the public page
 * (with ninety days of seeded history: uptime bars, sparklines, an incident, maintenance) and of the admin pages go to
 * target/screenshots on every run.
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
        browser.driver.get(url("/status/checkout-api"));
        assertThat(text("[data-component='checkout-api'] .head .label")).isEqualTo("Down");

        browser.driver.switchTo().window(admin);
        browser.driver.get(url("/admin"));
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

    /** Checks run every 5 s at the shortest; a failure and a recovery each take up to a few rounds on a busy machine. */
    private static final java.time.Duration CHECK_PATIENCE = java.time.Duration.ofSeconds(60);

    private long dependencyOnPage() {
        return Long.parseLong(find("li[data-dependency]").getAttribute("data-dependency"));
    }

    private void openDetails(String css) {
        untilNotStale(() -> {
            WebElement details = find(css);
            if (details.getAttribute("open") == null) {
                details.findElement(By.tagName("summary")).click();
            }
        });
    }

    @Test
    void anHttpCheckAgainstAStubThatFails_turnsThePublicPageDown_andBackUp() throws Exception {
        try (StubTarget stub = new StubTarget()) {
            logIn();
            createSystem("Checkout API");
            addDependency("Payments backend");
            long dependency = dependencyOnPage();
            openDetails("#dependency-" + dependency + "-check");
            openDetails("#dependency-" + dependency + "-check-http");
            untilNotStale(() -> find("#dependency-" + dependency + "-check-http input[name=url]").click());
            WebElement form = find("#dependency-" + dependency + "-check-http form");
            form.findElement(By.name("url")).sendKeys(stub.url("/health"));
            WebElement interval = form.findElement(By.name("interval"));
            interval.clear();
            interval.sendKeys("5");
            form.findElement(By.name("failure_threshold")).sendKeys("1");
            form.findElement(By.cssSelector("button")).click();
            browser.await("the check saved", d -> d.getCurrentUrl().contains("notice=check-saved"));
            assertThat(text("#dependency-" + dependency + " .check-panel")).contains("http check")
                    .contains(stub.url("/health"));

            browser.driver.switchTo().newWindow(WindowType.TAB);
            browser.driver.get(url("/status"));
            String component = "[data-component='checkout-api/" + dependency + "']";
            // The dependencies of a healthy system are folded away (details closed): read their text, not their looks.
            browser.await("the first check result on the public page", CHECK_PATIENCE,
                    d -> content(component + " > .detail").startsWith("HTTP 200 in"));
            assertThat(content(component + " .meta")).as("the latency is in the detail, not again in the meta")
                    .startsWith("checked ").endsWith(" UTC");
            assertThat(text("#banner h1")).isEqualTo("All systems operational");

            stub.answer(503);
            browser.await("the outage on the public page, without a reload", CHECK_PATIENCE,
                    d -> d.findElement(By.cssSelector("#banner h1")).getText().equals("Outage"));
            assertThat(content(component + " > .detail")).isEqualTo("HTTP 503 (expected 2xx)");
            assertThat(content(component + " .label")).isEqualTo("Down");
            assertThat(text("[data-component='checkout-api'] .head .label")).isEqualTo("Down");
            assertThat(text("[data-component='checkout-api'] > .detail")).isEqualTo("Payments backend is down");

            stub.answer(200);
            browser.await("the recovery on the public page", CHECK_PATIENCE,
                    d -> d.findElement(By.cssSelector("#banner h1")).getText().equals("All systems operational"));
            assertThat(content(component + " .label")).isEqualTo("Operational");
        }
    }

    /** The text of an element whether or not it is shown (a folded list of dependencies hides it from getText). */
    private String content(String css) {
        return find(css).getAttribute("textContent").strip();
    }

    @Test
    void aPublicAndAnInternalIncidentUpdate_onlyThePublicOneReachesTheStatusPage() {
        logIn();
        createSystem("Search");
        browser.driver.get(url("/admin/incidents"));
        WebElement open = find("form[action='/admin/incidents']");
        open.findElement(By.name("title")).sendKeys("Search cluster degraded");
        new Select(open.findElement(By.name("impact"))).selectByValue("major");
        open.findElement(By.xpath(".//label[contains(., 'Search')]/input[@name='system_ids']")).click();
        open.findElement(By.name("message")).sendKeys("Searches are slow; we are looking into it.");
        open.findElement(By.cssSelector("button")).click();
        browser.await("the incident's page", d -> d.getCurrentUrl().contains("notice=incident-opened"));

        postUpdate("Node es-3 is swapping; restarting it (operators only).", "internal");
        postUpdate("Searches are fast again for most people.", "public");
        assertThat(text("[data-live='timeline']")).contains("Node es-3 is swapping").contains("INTERNAL")
                .contains("Searches are fast again");

        browser.driver.get(url("/status"));
        browser.await("the public update on the status page",
                d -> d.getPageSource().contains("Searches are fast again for most people.") || reload(d));
        String page = browser.driver.getPageSource();
        assertThat(page).contains("Searches are slow; we are looking into it.").contains("Major incident")
                .doesNotContain("Node es-3").doesNotContain("Search cluster degraded");
        browser.driver.get(url("/status.json"));
        assertThat(browser.driver.getPageSource()).contains("\"severity\":\"major\"").doesNotContain("Node es-3");
    }

    private void postUpdate(String message, String visibility) {
        untilNotStale(() -> find("form[action$='/updates'] textarea[name=message]").click());
        WebElement form = find("form[action$='/updates']");
        form.findElement(By.name("message")).sendKeys(message);
        form.findElement(By.cssSelector("input[name=visibility][value='" + visibility + "']")).click();
        form.findElement(By.cssSelector("button")).click();
        browser.await("the update posted", d -> d.getCurrentUrl().contains("notice=incident-updated")
                && d.getPageSource().contains(message.substring(0, 20)));
    }

    @Test
    void withNinetyDaysOfHistory_thePublicPageDrawsBarsAndSparklines_readableByKeyboard_andEveryPageIsPhotographed()
            throws Exception {
        try (StubTarget stub = new StubTarget()) {
            var dependencies = SeededHistory.write(folder.resolve("vigil.db"), java.time.Instant.now());
            for (var d : dependencies.subList(0, 4)) {
                api("PUT", "/api/dependencies/" + d.id().value() + "/check", "{\"type\": \"http\", \"url\": \""
                        + stub.url("/health") + "\", \"interval\": 5}");
            }
            api("POST", "/api/incidents", "{\"title\": \"Slow searches\", \"impact\": \"minor\", \"system_ids\": [2],"
                    + " \"message\": \"Some searches take several seconds. We are looking into it.\", \"by\": \"ops\"}");
            api("POST", "/api/incidents/2/status", "{\"state\": \"identified\", \"message\": \"An index rebuild is "
                    + "slowing the cluster down; it finishes within the hour.\", \"by\": \"ops\"}");
            var now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            api("POST", "/api/maintenances", "{\"title\": \"Mail relay upgrade\", \"description\": \"Notification "
                    + "e-mails may arrive a few minutes late.\", \"start_time\": \"" + now + "\", \"end_time\": \""
                    + now.plus(java.time.Duration.ofHours(2)) + "\", \"system_ids\": [3]}");
            api("POST", "/api/maintenances", "{\"title\": \"Database failover drill\", \"description\": \"Checkout "
                    + "may pause for up to a minute.\", \"start_time\": \"" + now.plus(java.time.Duration.ofDays(2))
                    + "\", \"end_time\": \"" + now.plus(java.time.Duration.ofDays(2)).plus(java.time.Duration.ofHours(1))
                    + "\", \"system_ids\": [1]}");
            api("PUT", "/api/counters/orders_today", "{\"value\": 18250, \"label\": \"Orders today\"}");
            long indexer = dependencies.stream().filter(d -> d.name().equals("Indexer")).findFirst().orElseThrow()
                    .id().value();
            api("POST", "/api/dependencies/" + indexer + "/status", "{\"status\": \"yellow\", \"message\": "
                    + "\"Index rebuild running\"}");

            browser.driver.get(url("/status"));
            browser.await("bars and a sparkline for every system, checks, the incident and the maintenance",
                    CHECK_PATIENCE, d -> (d.findElements(By.cssSelector("figure.uptime")).size() == 3
                            && d.findElements(By.cssSelector("li.system > .trend svg.sparkline")).size() == 3
                            && d.getPageSource().contains("HTTP 200 in")
                            && !d.getPageSource().contains("has not been checked yet")
                            && d.getPageSource().contains("In progress until")) || reload(d));
            assertThat(text("#banner h1")).isEqualTo("Degraded service");
            assertThat(browser.driver.getPageSource()).contains("An index rebuild is slowing the cluster down")
                    .contains("Database failover drill").doesNotContain("Back office");
            assertThat(browser.driver.findElements(By.cssSelector("li.dep svg.sparkline")))
                    .as("dependencies' own sparklines are on their system's page, not on the overview").isEmpty();

            WebElement firstBar = find("figure.uptime rect");
            browser.driver.executeScript("arguments[0].focus()", firstBar);
            assertThat(browser.driver.switchTo().activeElement().getTagName()).isEqualTo("rect");
            String label = find("figure.uptime .bar-label").getText();
            assertThat(label).as("the focused bar says its dates, uptime and incidents").matches(
                    "(All other days from )?\\d{4}-\\d{2}-\\d{2}( to \\d{4}-\\d{2}-\\d{2})?: .*(uptime|no data|maintenance).*, "
                            + ".*incident.*");
            browser.driver.executeScript("document.activeElement.blur(); window.scrollTo(0, 0);"
                    + "document.querySelectorAll('details.deps').forEach(function (d) { d.open = true; });");
            browser.screenshot("status-desktop", 1280);
            browser.screenshot("status-mobile", 360);
            browser.driver.get(url("/status/checkout-api"));
            browser.await("one system's page with its own sparkline and one per dependency",
                    d -> d.findElements(By.cssSelector("li.system > .trend svg.sparkline")).size() == 1
                            && d.findElements(By.cssSelector("li.dep svg.sparkline")).size() == 3);
            browser.driver.executeScript("document.querySelectorAll('details.deps').forEach(function (d) { d.open = true; });");
            browser.screenshot("status-system-desktop", 1280);
            browser.screenshot("status-system-mobile", 360);

            logIn();
            browser.await("the dashboard's uptime columns", d -> d.getPageSource().contains("Uptime 30 d"));
            browser.screenshot("dashboard-desktop", 1280);
            browser.screenshot("dashboard-mobile", 360);
            browser.driver.get(url("/admin/systems/1"));
            openDetails("details[id$='-check']");
            browser.screenshot("system-checks-desktop", 1280);
            browser.driver.get(url("/admin/incidents/2"));
            browser.screenshot("incident-desktop", 1280);
            browser.driver.get(url("/admin/sla"));
            browser.screenshot("sla-desktop", 1280);
            browser.driver.get(url("/admin/analytics?period=30d"));
            browser.screenshot("analytics-desktop", 1280);
        }
    }
}
