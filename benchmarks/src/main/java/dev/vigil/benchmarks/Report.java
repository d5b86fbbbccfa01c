package dev.vigil.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes docs/benchmarks.md from its template (benchmarks-template.md next to this class): every {@code {{name}}} is
 * replaced by the figure of that name from this run, or by "not measured" when its scenario did not run or failed.
 */
final class Report {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z0-9_.\\-]+)}}");

    private Report() {
    }

    static void write(Path doc, Map<String, String> figures, Instant started, Instant finished, boolean quick,
                      List<String> failed) throws IOException {
        String template;
        try (InputStream in = Report.class.getResourceAsStream("benchmarks-template.md")) {
            if (in == null) {
                throw new IllegalStateException("benchmarks-template.md is missing from the classpath");
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> values = new HashMap<>(figures);
        values.put("run.date", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
                .format(started.atZone(ZoneOffset.UTC)));
        values.put("run.minutes", String.format(Locale.ROOT, "%.0f", Duration.between(started, finished).toSeconds() / 60.0));
        values.put("run.machine", machine());
        values.put("run.load", loadAverage());
        values.put("run.mode", quick
                ? "> **Placeholder figures from a quick run** (`-Dbench.quick=true`: small fleets, seconds instead of minutes,\n"
                + "> on a 2-core machine shared with other engineers' builds). They prove that the suite runs end to end and\n"
                + "> say nothing about Vigil's speed; the lead replaces them with a full run on a quiet machine."
                : "> Full run (`bench.quick` off). Check the load average above before trusting latency tails.");
        values.put("run.failed", failed.isEmpty() ? "every scenario ran" : "**these scenarios failed: " + failed
                + "** (see the console output)");
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "not measured")));
        }
        m.appendTail(out);
        Files.writeString(doc, out.toString());
    }

    private static String machine() {
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return String.format(Locale.ROOT, "%d cores, %.0f GiB of memory, %s %s, Java %s (%s)",
                Runtime.getRuntime().availableProcessors(), memory / (1024.0 * 1024 * 1024), System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("java.version"), System.getProperty("java.vm.name"));
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
