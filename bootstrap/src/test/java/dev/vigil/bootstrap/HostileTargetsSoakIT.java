package dev.vigil.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.adapters.probes.RawHostileServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, part 4: the real application (SQLite file, scheduler, network probe, web server) runs many checks against
 * hostile targets at a 5 s interval for a while, and its threads, open file descriptors and heap after a full GC stay
 * flat. The targets ({@link RawHostileServer}) run in a process of their own, so what is counted here is Vigil's.
 *
 * <p>The duration is {@code -Dvigil.soak.seconds} (45 by default; the documented run is 600, see
 * docs/reliability.md). Figures are written to {@code target/soak/hostile-targets.txt}.
 */
class HostileTargetsSoakIT {
    private static final long SECONDS = Long.getLong("vigil.soak.seconds", 45);
    private static final int PER_KIND = Integer.getInteger("vigil.soak.perKind", 4);
    private static final int TIMEOUT_MS = 2000;
    private static final long SLACK_MS = 1500;
    private static final long MIB = 1024 * 1024;

    @TempDir
    Path folder;
    private final List<String> console = new ArrayList<>();
    private Process targets;
    private Writer targetCommands;
    private BufferedReader targetAnswers;
    private VigilApp app;
    private HttpSession api;

    record Sample(long second, int threads, long fds, long heapAfterGc, int leakedByJdk) {
        long fdsWithoutJdkLeak() {
            return fds - leakedByJdk;
        }
    }

    @BeforeEach
    void start() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // 1 ms trickle pause would be a fast server; 1 s is the hostile one. Endless headers stop at 512 KiB (past
        // the JDK's 384 KiB limit) so a long soak does not fill the kernel with socket buffers.
        targets = new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                RawHostileServer.class.getName(), "1000", String.valueOf(512 * 1024))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        targetCommands = new OutputStreamWriter(targets.getOutputStream(), StandardCharsets.US_ASCII);
        targetAnswers = new BufferedReader(new InputStreamReader(targets.getInputStream(), StandardCharsets.US_ASCII));
        String first = targetAnswers.readLine();
        assertThat(first).startsWith("port ");
        int port = Integer.parseInt(first.substring("port ".length()).strip());

        app = VigilApp.start(new AppConfig("127.0.0.1", 0, folder.resolve("vigil.db"), Optional.empty(),
                AppConfig.DEFAULT_MAX_BODY), console::add, Clock.systemUTC());
        String key = console.stream().flatMap(String::lines).map(String::strip).filter(s -> s.startsWith("vgl_"))
                .findFirst().orElseThrow();
        api = new HttpSession(app.port(), key);
        configureChecks(port);
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (targets != null) {
            targets.destroy();
            targets.waitFor();
        }
    }

    private final Map<Long, String> dependencies = new LinkedHashMap<>();

    private void configureChecks(int port) {
        long system = api.post("/api/systems", "{\"name\":\"Hostile targets\"}").json().get("id").asLong();
        int n = 0;
        for (String path : RawHostileServer.ALL.stream().sorted().toList()) {
            for (int i = 0; i < PER_KIND; i++) {
                long id = api.post("/api/systems/" + system + "/dependencies", "{\"name\":\"Target " + (++n) + "\"}")
                        .json().get("id").asLong();
                // The endless body would be a 200 (the first MiB is read, the rest let go); the rule makes it down.
                String rule = path.equals(RawHostileServer.ENDLESS_BODY) ? ",\"expect_body_contains\":\"ok\"" : "";
                var reply = api.put("/api/dependencies/" + id + "/check", "{\"type\":\"http\",\"url\":\"http://127.0.0.1:"
                        + port + path + "\",\"interval\":5,\"timeout\":" + (TIMEOUT_MS / 1000.0) + rule + "}");
                assertThat(reply.status()).as(reply.body()).isEqualTo(200);
                dependencies.put(id, path);
            }
        }
    }

    private Sample sample(long second) throws Exception {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        int threads = ManagementFactory.getThreadMXBean().getThreadCount();
        long fds;
        try (Stream<Path> open = Files.list(Path.of("/proc/self/fd"))) {
            fds = open.count();
        }
        targetCommands.write("stats\n");
        targetCommands.flush();
        String stats = targetAnswers.readLine();
        int leaked = Runtime.version().feature() >= 25 ? 0
                : Integer.parseInt(stats.substring(stats.indexOf("endless-headers-open ") + 21).strip());
        return new Sample(second, threads, fds, heap, leaked);
    }

    @Test
    void threadsFileDescriptorsAndHeap_stayFlat_whileChecksHitHostileTargets() throws Exception {
        long started = System.nanoTime();
        long warmUp = Math.max(15, SECONDS / 6);
        long every = Math.max(3, SECONDS / 40);
        List<Sample> samples = new ArrayList<>();
        for (long second = warmUp; second <= SECONDS; second += every) {
            long wait = started + Duration.ofSeconds(second).toNanos() - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000);
            }
            Sample s = sample(second);
            samples.add(s);
            System.out.printf("soak %4d s: threads %d, fds %d (%d held open by the JDK 17 header bug), heap after GC %.1f MiB%n",
                    s.second(), s.threads(), s.fds(), s.leakedByJdk(), s.heapAfterGc() / (double) MIB);
        }

        // Every check ran, failed with a reason a person reads, and ended within its timeout.
        Map<String, Integer> reasons = new LinkedHashMap<>();
        long runs = 0;
        for (var entry : dependencies.entrySet()) {
            JsonNode dependency = api.get("/api/dependencies/" + entry.getKey()).json();
            JsonNode check = dependency.get("check");
            assertThat(check.get("last_check_at").isNull()).as("%s never ran", entry.getValue()).isFalse();
            assertThat(check.get("last_error").asText()).as(entry.getValue()).isNotBlank().doesNotContain("Exception");
            assertThat(check.get("last_latency_ms").asLong()).as(entry.getValue()).isLessThanOrEqualTo(TIMEOUT_MS + SLACK_MS);
            assertThat(dependency.get("status").asText()).as(entry.getValue()).isEqualTo("red");
            reasons.merge(entry.getValue() + " -> " + check.get("last_error").asText(), 1, Integer::sum);
            runs += api.get("/api/dependencies/" + entry.getKey() + "/latency?period=1h").json().get("total_checks").asLong();
        }
        long expectedRuns = dependencies.size() * (SECONDS - 10) / 5;
        assertThat(runs).as("check runs recorded").isGreaterThanOrEqualTo(expectedRuns / 2);

        Sample start = samples.get(0);
        Sample middle = samples.get(samples.size() / 2);
        Sample end = samples.get(samples.size() - 1);
        int third = Math.max(1, samples.size() / 3);
        List<Sample> first = samples.subList(0, third);
        List<Sample> last = samples.subList(samples.size() - third, samples.size());
        report(samples, start, middle, end, reasons, runs);

        // No growth trend: the last third of the run is no higher than the first third, give or take a margin.
        assertThat(max(last, s -> s.threads())).as("threads").isLessThanOrEqualTo(max(first, s -> s.threads()) + 8);
        assertThat(max(last, Sample::fdsWithoutJdkLeak)).as("open file descriptors")
                .isLessThanOrEqualTo(max(first, Sample::fdsWithoutJdkLeak) + 24);
        assertThat(min(last, Sample::heapAfterGc)).as("heap after GC")
                .isLessThanOrEqualTo(max(first, Sample::heapAfterGc) * 5 / 4 + 16 * MIB);
        assertThat(max(samples, s -> s.threads())).as("threads at any time").isLessThan(200);
        assertThat(max(samples, Sample::fdsWithoutJdkLeak)).as("fds at any time").isLessThan(400);
    }

    private static long max(List<Sample> samples, java.util.function.ToLongFunction<Sample> f) {
        return samples.stream().mapToLong(f).max().orElseThrow();
    }

    private static long min(List<Sample> samples, java.util.function.ToLongFunction<Sample> f) {
        return samples.stream().mapToLong(f).min().orElseThrow();
    }

    private void report(List<Sample> samples, Sample start, Sample middle, Sample end, Map<String, Integer> reasons,
                        long runs) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("Hostile-targets soak, ").append(Instant.now()).append(", JDK ").append(Runtime.version())
                .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores\n");
        out.append(SECONDS).append(" s, ").append(dependencies.size()).append(" HTTP checks (")
                .append(PER_KIND).append(" per hostile kind), interval 5 s, timeout ").append(TIMEOUT_MS)
                .append(" ms; ").append(runs).append(" runs recorded\n\n");
        out.append("| when | second | threads | open fds | of which held by the JDK 17 header bug | heap after GC (MiB) |\n");
        out.append("|---|---:|---:|---:|---:|---:|\n");
        for (var row : List.of(Map.entry("start", start), Map.entry("middle", middle), Map.entry("end", end))) {
            Sample s = row.getValue();
            out.append(String.format("| %s | %d | %d | %d | %d | %.1f |%n", row.getKey(), s.second(), s.threads(),
                    s.fds(), s.leakedByJdk(), s.heapAfterGc() / (double) MIB));
        }
        out.append("\nLast reason per target kind:\n");
        reasons.forEach((reason, count) -> out.append("- ").append(reason).append(" (").append(count).append(" checks)\n"));
        out.append("\nEvery sample (second threads fds leaked heapMiB):\n");
        for (Sample s : samples) {
            out.append(String.format("%d %d %d %d %.1f%n", s.second(), s.threads(), s.fds(), s.leakedByJdk(),
                    s.heapAfterGc() / (double) MIB));
        }
        Path file = Path.of("target", "soak", "hostile-targets.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
        System.out.print(out);
    }
}
