package dev.vigil.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The settings of the status page and the admin UI: refresh interval, admin password, public URL. */
class PageSettingsTest {

    @Test
    void defaults_refreshEvery30Seconds_noPassword_noPublicUrl_plainCookies() {
        AppConfig config = AppConfig.from(Map.of(), Map.of());

        assertThat(config.refreshSeconds()).isEqualTo(30);
        assertThat(config.adminPassword()).isEmpty();
        assertThat(config.publicUrl()).isEmpty();
        assertThat(config.servedOverHttps()).isFalse();
    }

    @Test
    void theEnvironment_andFlags_setThem_flagsWinning() {
        Map<String, String> env = Map.of("VIGIL_REFRESH_SECONDS", "10", "VIGIL_ADMIN_PASSWORD", " spaces count too ",
                "VIGIL_PUBLIC_URL", "https://status.example.com");

        AppConfig fromEnv = AppConfig.from(Map.of(), env);
        AppConfig fromFlags = AppConfig.from(Map.of("--refresh-seconds", "5", "--public-url", "http://10.0.0.5:8080/",
                "--admin-password", "another password"), env);

        assertThat(fromEnv.refreshSeconds()).isEqualTo(10);
        assertThat(fromEnv.adminPassword().orElseThrow().reveal()).isEqualTo(" spaces count too ");
        assertThat(fromEnv.publicUrl()).contains(URI.create("https://status.example.com"));
        assertThat(fromEnv.servedOverHttps()).isTrue();
        assertThat(fromFlags.refreshSeconds()).isEqualTo(5);
        assertThat(fromFlags.adminPassword().orElseThrow().reveal()).isEqualTo("another password");
        assertThat(fromFlags.servedOverHttps()).isFalse();
    }

    @Test
    void badValues_areRefusedWithAMessageNamingTheSetting() {
        assertThatThrownBy(() -> AppConfig.from(Map.of(), Map.of("VIGIL_ADMIN_PASSWORD", "short")))
                .hasMessage("the admin password (VIGIL_ADMIN_PASSWORD) must be 12 to 1024 characters long");
        assertThatThrownBy(() -> AppConfig.from(Map.of("--public-url", "status.example.com"), Map.of()))
                .hasMessageStartingWith("--public-url must be an absolute http or https URL");
        assertThatThrownBy(() -> AppConfig.from(Map.of("--public-url", "ftp://example.com"), Map.of()))
                .hasMessageStartingWith("--public-url must be an absolute http or https URL");
        assertThatThrownBy(() -> AppConfig.from(Map.of("--refresh-seconds", "1"), Map.of()))
                .hasMessage("refresh seconds must be a number between 2 and 3600, not '1'");
        assertThatThrownBy(() -> AppConfig.from(Map.of("--refresh-seconds", "soon"), Map.of()))
                .hasMessageStartingWith("refresh seconds must be a number");
    }

    @Test
    void theCli_refusesABadPassword_beforeStarting() {
        var err = new java.io.ByteArrayOutputStream();
        int code = new Cli(new java.io.PrintStream(new java.io.ByteArrayOutputStream()), new java.io.PrintStream(err),
                Map.of("VIGIL_ADMIN_PASSWORD", "short"), java.time.Clock.systemUTC()).run("--port", "0");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("VIGIL_ADMIN_PASSWORD").contains("12 to 1024 characters");
    }
}
