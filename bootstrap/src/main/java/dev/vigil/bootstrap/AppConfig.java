package dev.vigil.bootstrap;

import dev.vigil.application.port.in.check.HistoryRetention;
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
                        NotificationSettings notifications, HistoryRetention checkHistory,
                        OperationsSettings operations) {
    public static final String DEFAULT_HOST = "0.0.0.0";
    public static final int DEFAULT_PORT = 8080;
    public static final Path DEFAULT_DATABASE = Path.of("data", "vigil.db");
    public static final long DEFAULT_MAX_BODY = 1024 * 1024;

    public AppConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(adminKey, "adminKey");
        Objects.requireNonNull(checkHistory, "checkHistory");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
        Objects.requireNonNull(notifications, "notifications");
        Objects.requireNonNull(operations, "operations");
    }

    /** The settings with the defaults of backups and monitoring. */
    public AppConfig(String host, int port, Path database, Optional<String> adminKey, long maxBodyBytes,
                     NotificationSettings notifications, HistoryRetention checkHistory) {
        this(host, port, database, adminKey, maxBodyBytes, notifications, checkHistory, OperationsSettings.DEFAULT);
    }

    /** The settings with the defaults of everything but where to serve and store. */
    public AppConfig(String host, int port, Path database, Optional<String> adminKey, long maxBodyBytes) {
        this(host, port, database, adminKey, maxBodyBytes, NotificationSettings.DEFAULT, HistoryRetention.DEFAULT);
    }

    /** The settings for {@code serve} from parsed flags and the environment. */
    public static AppConfig from(Map<String, String> flags, Map<String, String> env) {
        String host = setting(flags, "--host", env, "VIGIL_HOST").orElse(DEFAULT_HOST);
        int port = setting(flags, "--port", env, "VIGIL_PORT").map(AppConfig::port).orElse(DEFAULT_PORT);
        Path database = databasePath(flags, env);
        Optional<String> adminKey = Optional.ofNullable(env.get("VIGIL_ADMIN_KEY")).filter(k -> !k.isEmpty());
        return new AppConfig(host, port, database, adminKey, DEFAULT_MAX_BODY, NotificationSettings.from(flags, env),
                checkHistory(flags, env), OperationsSettings.from(flags, env));
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
        String value = flags.get(flag);
        if (value == null) {
            value = env.get(variable);
        }
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
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
