package dev.vigil.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AppConfigTest {

    @Test
    void defaults() {
        AppConfig config = AppConfig.from(Map.of(), Map.of());

        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.database()).isEqualTo(Path.of("data", "vigil.db"));
        assertThat(config.host()).isEqualTo("0.0.0.0");
        assertThat(config.adminKey()).isEmpty();
        assertThat(config.maxBodyBytes()).isEqualTo(1024 * 1024);
    }

    @Test
    void environment_overridesDefaults_andFlagsOverrideTheEnvironment() {
        Map<String, String> env = Map.of("VIGIL_PORT", "9090", "VIGIL_DB", "/var/lib/vigil/v.db", "VIGIL_ADMIN_KEY", "k");

        AppConfig fromEnv = AppConfig.from(Map.of(), env);
        AppConfig fromFlags = AppConfig.from(Map.of("--port", "7070", "--db", "other.db"), env);

        assertThat(fromEnv.port()).isEqualTo(9090);
        assertThat(fromEnv.database()).isEqualTo(Path.of("/var/lib/vigil/v.db"));
        assertThat(fromEnv.adminKey()).isEqualTo(Optional.of("k"));
        assertThat(fromFlags.port()).isEqualTo(7070);
        assertThat(fromFlags.database()).isEqualTo(Path.of("other.db"));
    }

    @Test
    void invalidPort_isRejected() {
        assertThatThrownBy(() -> AppConfig.from(Map.of("--port", "http"), Map.of()))
                .hasMessage("port must be a number between 0 and 65535, not 'http'");
    }

    // Notifications (issue 6)
    @Test
    void notifications_haveDefaults() {
        NotificationSettings n = AppConfig.from(Map.of(), Map.of()).notifications();

        assertThat(n.publicUrl()).isEmpty();
        assertThat(n.telegramApiBase()).hasToString("https://api.telegram.org");
        assertThat(n.coalescingWindow()).isEqualTo(java.time.Duration.ofSeconds(30));
        assertThat(n.webhookTimeout()).isEqualTo(java.time.Duration.ofSeconds(10));
    }

    @Test
    void notifications_fromTheEnvironment_andFlags() {
        Map<String, String> env = Map.of("VIGIL_PUBLIC_URL", "https://status.example.com/",
                "VIGIL_TELEGRAM_API_BASE", "http://127.0.0.1:9000", "VIGIL_NOTIFY_COALESCE_SECONDS", "0",
                "VIGIL_WEBHOOK_TIMEOUT_SECONDS", "3");

        NotificationSettings fromEnv = AppConfig.from(Map.of(), env).notifications();
        NotificationSettings fromFlags = AppConfig.from(Map.of("--notify-coalesce-seconds", "120",
                "--public-url", "http://vigil.internal:8080"), env).notifications();

        assertThat(fromEnv.publicUrl()).contains("https://status.example.com");
        assertThat(fromEnv.telegramApiBase()).hasToString("http://127.0.0.1:9000");
        assertThat(fromEnv.coalescingWindow()).isZero();
        assertThat(fromEnv.webhookTimeout()).isEqualTo(java.time.Duration.ofSeconds(3));
        assertThat(fromFlags.coalescingWindow()).isEqualTo(java.time.Duration.ofSeconds(120));
        assertThat(fromFlags.publicUrl()).contains("http://vigil.internal:8080");
    }

    @Test
    void notifications_refuseNonsense_namingTheSetting() {
        assertThatThrownBy(() -> AppConfig.from(Map.of("--public-url", "status.example.com"), Map.of()))
                .hasMessage("--public-url must be an absolute http or https URL such as https://status.example.com, not 'status.example.com'");
        assertThatThrownBy(() -> AppConfig.from(Map.of(), Map.of("VIGIL_NOTIFY_COALESCE_SECONDS", "-1")))
                .hasMessage("--notify-coalesce-seconds must be a whole number of seconds from 0 to 3600, not '-1'");
        assertThatThrownBy(() -> AppConfig.from(Map.of("--webhook-timeout-seconds", "0"), Map.of()))
                .hasMessage("--webhook-timeout-seconds must be a whole number of seconds from 1 to 120, not '0'");
        assertThatThrownBy(() -> AppConfig.from(Map.of("--telegram-api-base", "ftp://x"), Map.of()))
                .hasMessageStartingWith("--telegram-api-base must be an absolute http or https URL");
    }

    @Test
    void checkHistoryRetention_defaultsToTwoAndNinetyDays_andFlagsWinOverTheEnvironment() {
        AppConfig defaults = AppConfig.from(java.util.Map.of(), java.util.Map.of());
        AppConfig set = AppConfig.from(java.util.Map.of("--raw-retention-days", "3"),
                java.util.Map.of("VIGIL_RAW_RETENTION_DAYS", "7", "VIGIL_HOURLY_RETENTION_DAYS", "30"));

        assertThat(defaults.checkHistory().raw()).isEqualTo(java.time.Duration.ofDays(2));
        assertThat(defaults.checkHistory().hourly()).isEqualTo(java.time.Duration.ofDays(90));
        assertThat(set.checkHistory().raw()).isEqualTo(java.time.Duration.ofDays(3));
        assertThat(set.checkHistory().hourly()).isEqualTo(java.time.Duration.ofDays(30));
        assertThatThrownBy(() -> AppConfig.from(java.util.Map.of("--raw-retention-days", "two"), java.util.Map.of()))
                .hasMessage("--raw-retention-days must be a whole number of days, not 'two'");
        assertThatThrownBy(() -> AppConfig.from(java.util.Map.of("--raw-retention-days", "0"), java.util.Map.of()))
                .hasMessage("raw result retention must be between 1 and 90 days");
    }

    // Outbound deny and allow lists
    @Test
    void outboundLists_areEmptyByDefault_andReadFromFlagsOrTheEnvironment() {
        OutboundSettings none = AppConfig.from(Map.of(), Map.of()).outbound();
        AppConfig fromEnv = AppConfig.from(Map.of(), Map.of("VIGIL_OUTBOUND_DENY", "10.0.0.0/8, fd00::/8",
                "VIGIL_OUTBOUND_ALLOW", "10.0.0.0/8,192.168.0.0/16,"));
        OutboundSettings fromFlags = AppConfig.from(Map.of("--outbound-deny", "127.0.0.2"),
                Map.of("VIGIL_OUTBOUND_DENY", "10.0.0.0/8")).outbound();

        assertThat(none.policy().isNarrowed()).isFalse();
        assertThat(fromEnv.outbound().deny()).extracting(Object::toString).containsExactly("10.0.0.0/8", "fd00:0:0:0:0:0:0:0/8");
        assertThat(fromEnv.outbound().allow()).extracting(Object::toString).containsExactly("10.0.0.0/8", "192.168.0.0/16");
        assertThat(fromFlags.deny()).extracting(Object::toString).containsExactly("127.0.0.2/32");
    }

    @Test
    void outboundLists_refuseNonsense_namingTheSetting() {
        assertThatThrownBy(() -> AppConfig.from(Map.of("--outbound-deny", "10.0.0.0/8,intranet"), Map.of()))
                .hasMessage("--outbound-deny (VIGIL_OUTBOUND_DENY): 'intranet' is not a CIDR block such as 10.0.0.0/8 "
                        + "or fd00::/8; give comma-separated CIDR blocks");
        assertThatThrownBy(() -> AppConfig.from(Map.of(), Map.of("VIGIL_OUTBOUND_ALLOW", "10.0.0.0/33")))
                .hasMessageStartingWith("--outbound-allow (VIGIL_OUTBOUND_ALLOW): ");
        assertThatThrownBy(() -> AppConfig.from(Map.of("--outbound-allow", "169.254.169.254"), Map.of()))
                .hasMessage("--outbound-allow (VIGIL_OUTBOUND_ALLOW): 169.254.169.254/32 lies inside 169.254.0.0/16, "
                        + "which is always refused (link-local and cloud-metadata addresses)");
    }

    // Backups and operations (issue 7)
    @Test
    void imports_mayBe64MiB_unlessConfigured_andMetricsNeedAKey_unlessMadePublic() {
        AppConfig defaults = AppConfig.from(Map.of(), Map.of());
        AppConfig fromEnv = AppConfig.from(Map.of(), Map.of("VIGIL_IMPORT_LIMIT_MB", "8", "VIGIL_METRICS_PUBLIC", "true"));
        AppConfig fromFlags = AppConfig.from(Map.of("--import-limit-mb", "128", "--metrics-public", "true"),
                Map.of("VIGIL_IMPORT_LIMIT_MB", "8", "VIGIL_METRICS_PUBLIC", "false"));

        assertThat(defaults.operations().importLimitBytes()).isEqualTo(64L * 1024 * 1024);
        assertThat(defaults.operations().metricsPublic()).isFalse();
        assertThat(fromEnv.operations().importLimitBytes()).isEqualTo(8L * 1024 * 1024);
        assertThat(fromEnv.operations().metricsPublic()).isTrue();
        assertThat(fromFlags.operations().importLimitBytes()).isEqualTo(128L * 1024 * 1024);
        assertThat(fromFlags.operations().metricsPublic()).isTrue();
    }

    @Test
    void aBadImportLimitOrMetricsFlag_isRejected() {
        assertThatThrownBy(() -> AppConfig.from(Map.of("--import-limit-mb", "0"), Map.of()))
                .hasMessage("--import-limit-mb must be a whole number of MiB from 1 to 4096, not '0'");
        assertThatThrownBy(() -> AppConfig.from(Map.of(), Map.of("VIGIL_METRICS_PUBLIC", "maybe")))
                .hasMessage("VIGIL_METRICS_PUBLIC must be true or false, not 'maybe'");
    }
}
