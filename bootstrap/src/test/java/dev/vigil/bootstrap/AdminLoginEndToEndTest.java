package dev.vigil.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.domain.account.Password;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real application: the admin password printed once (or taken from the environment), PBKDF2, SQLite sessions. */
class AdminLoginEndToEndTest {
    private static final Pattern PRINTED_PASSWORD = Pattern.compile("password: (\\S{24})");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path folder;
    private final List<String> console = new ArrayList<>();
    private VigilApp app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private void start(Optional<Password> password) {
        AppConfig config = new AppConfig("127.0.0.1", 0, folder.resolve("vigil.db"), Optional.empty(),
                AppConfig.DEFAULT_MAX_BODY).withPages(AppConfig.DEFAULT_REFRESH_SECONDS, password);
        app = VigilApp.start(config, console::add, Clock.systemUTC());
    }

    /** A browser: cookies kept, redirects not followed. */
    private final class Browser {
        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> logIn(String password) throws IOException, InterruptedException {
            Matcher csrf = CSRF.matcher(get("/admin/login").body());
            assertThat(csrf.find()).isTrue();
            String form = "_csrf=" + csrf.group(1) + "&username=admin&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/admin/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void theFirstStart_printsAGeneratedPasswordOnce_thatLogsIn_andAlsoTheApiKey() throws Exception {
        start(Optional.empty());
        String printed = String.join("\n", console);
        Matcher m = PRINTED_PASSWORD.matcher(printed);
        assertThat(m.find()).as(printed).isTrue();
        String password = m.group(1);
        assertThat(printed).contains("vgl_").contains("user:     admin");
        Browser browser = new Browser();

        assertThat(browser.logIn("not it at all").statusCode()).isEqualTo(401);
        var in = browser.logIn(password);

        assertThat(in.statusCode()).isEqualTo(303);
        assertThat(browser.get("/admin").body()).contains("<h1>Dashboard</h1>");
        app.close();
        console.clear();
        start(Optional.empty());
        assertThat(console).as("nothing is printed again").isEmpty();
        assertThat(new Browser().logIn(password).statusCode()).isEqualTo(303);
        assertThat(browser.get("/admin").statusCode()).as("sessions live in the database and survive a restart")
                .isEqualTo(200);
    }

    @Test
    void thePasswordFromTheEnvironment_isUsed_andChangingItEndsEverySession() throws Exception {
        start(Optional.of(Password.chosen("first chosen password", "p")));
        assertThat(console).noneMatch(line -> line.contains("password:"));
        Browser browser = new Browser();
        assertThat(browser.logIn("first chosen password").statusCode()).isEqualTo(303);
        app.close();

        start(Optional.of(Password.chosen("second chosen password", "p")));

        assertThat(browser.get("/admin").statusCode()).isEqualTo(303);
        assertThat(new Browser().logIn("first chosen password").statusCode()).isEqualTo(401);
        assertThat(new Browser().logIn("second chosen password").statusCode()).isEqualTo(303);
    }
}
