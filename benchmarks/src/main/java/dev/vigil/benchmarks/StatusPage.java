package dev.vigil.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The public status surfaces under a crowd: runs {@code bench/status-page.sh} (wrk against {@code /healthz},
 * {@code /status.json} and {@code /status} of the built jar, 200 systems and 1,000 dependencies) and takes its
 * figures. Needs wrk (Debian: {@code apt-get install -y wrk}).
 */
final class StatusPage {
    private StatusPage() {
    }

    static void run(boolean quick) throws Exception {
        Bench.OUT.printf(Locale.ROOT, "%n== Public status page: bash bench/status-page.sh%s ==%n",
                quick ? " (quick: 20 systems, 3 s per endpoint)" : "");
        Path results = Files.createTempFile("vigil-bench-status", ".properties");
        try {
            ProcessBuilder builder = new ProcessBuilder("bash", Path.of(Bench.root(), "bench", "status-page.sh").toString())
                    .redirectErrorStream(true);
            builder.environment().put("RESULTS", results.toString());
            if (quick) {
                builder.environment().put("DURATION", "3s");
                builder.environment().put("WARMUP", "1s");
                builder.environment().put("SYSTEMS", "20");
                builder.environment().put("PLAIN_SECONDS", "2");
            } else {
                // The same 30 s per endpoint, interleaved in three rounds: a neighbour's burst slows all three alike.
                builder.environment().put("ROUNDS", "3");
            }
            Process process = builder.start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    Bench.OUT.println("  " + line);
                }
            }
            int exit = process.waitFor();
            for (String line : Files.readAllLines(results)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    Bench.FIGURES.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            if (exit == 2 || !Bench.FIGURES.containsKey("status.healthz.rps")) {
                throw new IllegalStateException("bench/status-page.sh could not run (exit " + exit + ")");
            }
            Bench.FIGURES.put("status.verdict", exit == 0 ? "every target met" : "a target was missed");
        } finally {
            Files.deleteIfExists(results);
        }
    }
}
