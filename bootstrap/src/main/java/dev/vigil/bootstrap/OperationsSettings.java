package dev.vigil.bootstrap;

import java.util.Map;
import java.util.Optional;

/**
 * Settings of backups and monitoring (issue 7): the largest import body, and whether {@code /metrics} answers without
 * an API key. Listed in docs/configuration.md.
 */
public record OperationsSettings(long importLimitBytes, boolean metricsPublic) {
    public static final int DEFAULT_IMPORT_LIMIT_MB = 64;
    static final int MAX_IMPORT_LIMIT_MB = 4096;
    public static final OperationsSettings DEFAULT = new OperationsSettings(DEFAULT_IMPORT_LIMIT_MB * 1024L * 1024L,
            false);

    public OperationsSettings {
        if (importLimitBytes < 1) {
            throw new IllegalArgumentException("the import limit must be positive");
        }
    }

    /** The settings from parsed flags, then the environment, then the defaults. */
    public static OperationsSettings from(Map<String, String> flags, Map<String, String> env) {
        long limitMb = setting(flags, "--import-limit-mb", env, "VIGIL_IMPORT_LIMIT_MB").map(v -> {
            try {
                int n = Integer.parseInt(v);
                if (n >= 1 && n <= MAX_IMPORT_LIMIT_MB) {
                    return (long) n;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new IllegalArgumentException("--import-limit-mb must be a whole number of MiB from 1 to "
                    + MAX_IMPORT_LIMIT_MB + ", not '" + v + "'");
        }).orElse((long) DEFAULT_IMPORT_LIMIT_MB);
        boolean metricsPublic = setting(flags, "--metrics-public", env, "VIGIL_METRICS_PUBLIC").map(v -> {
            switch (v.toLowerCase(java.util.Locale.ROOT)) {
                case "true", "1", "yes":
                    return true;
                case "false", "0", "no":
                    return false;
                default:
                    throw new IllegalArgumentException("VIGIL_METRICS_PUBLIC must be true or false, not '" + v + "'");
            }
        }).orElse(false);
        return new OperationsSettings(limitMb * 1024 * 1024, metricsPublic);
    }

    private static Optional<String> setting(Map<String, String> flags, String flag, Map<String, String> env,
                                            String variable) {
        String value = flags.containsKey(flag) ? flags.get(flag) : env.get(variable);
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
