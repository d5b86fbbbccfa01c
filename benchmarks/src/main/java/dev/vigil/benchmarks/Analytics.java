package dev.vigil.benchmarks;

import dev.vigil.benchmarks.analytics.AnalyticsBenchmark;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Analytics and SLA reports: runs {@link AnalyticsBenchmark} in a JVM of its own (generating a year of history
 * for 200 systems needs more heap than the scheduler's 256 MiB budget) and takes its figures. Its settings are the
 * {@code benchmark.*} system properties, passed on.
 */
final class Analytics {
    private Analytics() {
    }

    static void run(boolean quick) throws Exception {
        Bench.OUT.printf(Locale.ROOT, "%n== Analytics and SLA reports%s ==%n",
                quick ? " (quick: 20 systems, 30 days, 3 runs)" : "");
        Path figures = Files.createTempFile("vigil-bench-analytics", ".properties");
        Path out = Files.createTempDirectory("vigil-bench-analytics");
        try {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, "-Xmx" + System.getProperty("bench.analyticsHeap", "2g"),
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-Dbenchmark.out=" + out,
                    "-Dbenchmark.figures=" + figures));
            if (quick) {
                command.addAll(List.of("-Dbenchmark.systems=20", "-Dbenchmark.days=30", "-Dbenchmark.runs=3"));
            }
            System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("benchmark."))
                    .forEach(k -> command.add("-D" + k + "=" + System.getProperty(k)));
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), AnalyticsBenchmark.class.getName()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    Bench.OUT.println("  " + line);
                }
            }
            if (process.waitFor() != 0) {
                throw new IllegalStateException("the analytics benchmark failed");
            }
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(figures)) {
                p.load(in);
            }
            p.stringPropertyNames().stream().sorted().forEach(k -> Bench.FIGURES.put(k, p.getProperty(k)));
        } finally {
            Files.deleteIfExists(figures);
            Bench.deleteTree(out);
        }
    }
}
