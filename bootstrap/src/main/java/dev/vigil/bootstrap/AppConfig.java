package dev.vigil.bootstrap;

import dev.vigil.application.port.in.check.HistoryRetention;
import dev.vigil.domain.account.Password;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How Vigil runs, from command-line flags, then environment variables, then defaults. Every setting and its
 * default is listed in docs/configuration.md.
 */
public record AppConfig(String host, int port, Path database, Optional<String> adminKey, long maxBodyBytes,
                        NotificationSettings notifications, HistoryRetention checkHistory, int refreshSeconds,
                        Optional<Password> adminPassword, Optional<URI> publicUrl, OutboundSettings outbound,
                        OperationsSettings operations) {
    public static final String DEFAULT_HOST = "0.0.0.0";
    public static final int DEFAULT_PORT = 8080;
    public static final Path DEFAULT_DATABASE = Path.of("data", "vigil.db");
    public static final long DEFAULT_MAX_BODY = 1024 * 1024;
    public static final int DEFAULT_REFRESH_SECONDS = 30;
    public static final int MIN_REFRESH_SECONDS = 2;
    public static final int MAX_REFRESH_SECONDS = 3600;

    public AppConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(adminKey, "adminKey");
        Objects.requireNonNull(checkHistory, "checkHistory");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
        Objects.requireNonNull(notifications, "notifications");
        Objects.requireNonNull(adminPassword, "adminPassword");
        Objects.requireNonNull(publicUrl, "publicUrl");
        if (refreshSeconds < MIN_REFRESH_SECONDS || refreshSeconds > MAX_REFRESH_SECONDS) {
            throw new IllegalArgumentException("refresh seconds must be between " + MIN_REFRESH_SECONDS + " and "
                    + MAX_REFRESH_SECONDS);
        }
        Objects.requireNonNull(outbound, "outbound");
        Objects.requireNonNull(operations, "operations");
    }

    /** The same settings with other backup and monitoring settings. */
    public AppConfig withOperations(OperationsSettings other) {
        return new AppConfig(host, port, database, adminKey, maxBodyBytes, notifications, checkHistory, refreshSeconds,
                adminPassword, publicUrl, outbound, other);
    }

    /** The settings with the defaults of everything but where to serve and store. */
    public AppConfig(String host, int port, Path database, Optional<String> adminKey, long maxBodyBytes) {
        this(host, port, database, adminKey, maxBodyBytes, NotificationSettings.DEFAULT, HistoryRetention.DEFAULT,
                DEFAULT_REFRESH_SECONDS, Optional.empty(), Optional.empty(), OutboundSettings.DEFAULT,
                OperationsSettings.DEFAULT);
    }

    /** The same settings with other notification settings. */
    public AppConfig withNotifications(NotificationSettings other) {
        return new AppConfig(host, port, database, adminKey, maxBodyBytes, other, checkHistory, refreshSeconds,
                adminPassword, publicUrl, outbound, operations);
    }

    /** The same settings with another page refresh interval and admin password. */
    public AppConfig withPages(int otherRefreshSeconds, Optional<Password> otherAdminPassword) {
        return new AppConfig(host, port, database, adminKey, maxBodyBytes, notifications, checkHistory,
                otherRefreshSeconds, otherAdminPassword, publicUrl, outbound, operations);
    }

    /** True when people reach Vigil over HTTPS (a {@code --public-url} starting with https): cookies are then Secure. */
    public boolean servedOverHttps() {
        return publicUrl.map(u -> u.getScheme().equals("https")).orElse(false);
    }

    /** The settings for {@code serve} from parsed flags and the environment. */
    public static AppConfig from(Map<String, String> flags, Map<String, String> env) {
        String host = setting(flags, "--host", env, "VIGIL_HOST").orElse(DEFAULT_HOST);
        int port = setting(flags, "--port", env, "VIGIL_PORT").map(AppConfig::port).orElse(DEFAULT_PORT);
        Path database = databasePath(flags, env);
        Optional<String> adminKey = Optional.ofNullable(env.get("VIGIL_ADMIN_KEY")).filter(k -> !k.isEmpty());
        int refresh = setting(flags, "--refresh-seconds", env, "VIGIL_REFRESH_SECONDS")
                .map(AppConfig::refreshSeconds).orElse(DEFAULT_REFRESH_SECONDS);
        Optional<Password> adminPassword = setting(flags, "--admin-password", env, "VIGIL_ADMIN_PASSWORD", false)
                .map(p -> Password.chosen(p, "the admin password (VIGIL_ADMIN_PASSWORD)"));
        Optional<URI> publicUrl = setting(flags, "--public-url", env, "VIGIL_PUBLIC_URL").map(AppConfig::publicUrl);
        return new AppConfig(host, port, database, adminKey, DEFAULT_MAX_BODY,
                NotificationSettings.from(flags, env, publicUrl), checkHistory(flags, env), refresh, adminPassword,
                publicUrl, OutboundSettings.from(flags, env), OperationsSettings.from(flags, env));
    }

    /** The database file named by {@code --db} or {@code VIGIL_DB}, else {@code ./data/vigil.db}. */
    public static Path databasePath(Map<String, String> flags, Map<String, String> env) {
        return setting(flags, "--db", env, "VIGIL_DB").map(Path::of).orElse(DEFAULT_DATABASE);
    }

    // checks
    private static HistoryRetention checkHistory(Map<String, String> flags, Map<String, String> env) {
        Duration raw = setting(flags, "--raw-retention-days", env, "VIGIL_RAW_RETENTION_DAYS")
                .map(v -> days(v, "--raw-retention-days")).orElse(HistoryRetention.DEFAULT.raw());
        Duration hourly = setting(flags, "--hourly-retention-days", env, "VIGIL_HOURLY_RETENTION_DAYS")
                .map(v -> days(v, "--hourly-retention-days")).orElse(HistoryRetention.DEFAULT.hourly());
        return new HistoryRetention(raw, hourly);
    }

    private static Duration days(String value, String flag) {
        try {
            return Duration.ofDays(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " must be a whole number of days, not '" + value + "'");
        }
    }

    private static Optional<String> setting(Map<String, String> flags, String flag, Map<String, String> env, String variable) {
        return setting(flags, flag, env, variable, true);
    }

    /** A flag's value, else the variable's; {@code strip} false keeps a password exactly as given. */
    private static Optional<String> setting(Map<String, String> flags, String flag, Map<String, String> env,
                                            String variable, boolean strip) {
        String value = flags.get(flag);
        if (value == null) {
            value = env.get(variable);
        }
        return Optional.ofNullable(value).map(v -> strip ? v.strip() : v).filter(v -> !v.isEmpty());
    }

    private static URI publicUrl(String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new IllegalArgumentException("--public-url must be an absolute http or https URL such as https://status.example.com, not '"
                    + (value.length() > 80 ? value.substring(0, 80) + "…" : value) + "'");
        }
        return uri;
    }

    private static int refreshSeconds(String value) {
        try {
            int seconds = Integer.parseInt(value);
            if (seconds >= MIN_REFRESH_SECONDS && seconds <= MAX_REFRESH_SECONDS) {
                return seconds;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("refresh seconds must be a number between " + MIN_REFRESH_SECONDS + " and "
                + MAX_REFRESH_SECONDS + ", not '" + value + "'");
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("port must be a number between 0 and 65535, not '" + value + "'");
    }
}
