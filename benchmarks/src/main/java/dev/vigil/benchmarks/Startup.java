package dev.vigil.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up time and memory of the real jar: starts {@code bootstrap/target/vigil.jar} with default JVM flags on a
 * free loopback port and a fresh database, times process start to the first {@code 200} from {@code /readyz}, and
 * reads the process's resident set size from {@code /proc} then and after ten idle seconds.
 */
final class Startup {
    private static final Pattern PORT = Pattern.compile("serves on http://127\\.0\\.0\\.1:(\\d+)");

    private Startup() {
    }

    static void run(int times) throws Exception {
        Path jar = Path.of(Bench.root(), "bootstrap", "target", "vigil.jar");
        Bench.OUT.printf(Locale.ROOT, "%n== Start-up: java -jar vigil.jar to /readyz 200, %d time(s) ==%n", times);
        if (!Files.exists(jar)) {
            throw new IllegalStateException("no jar at " + jar + ": build it first (mvn -q -DskipTests package)");
        }
        List<Long> millis = new ArrayList<>();
        List<Long> readyRss = new ArrayList<>();
        List<Long> idleRss = new ArrayList<>();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (int i = 0; i < times; i++) {
            Path folder = Files.createTempDirectory("vigil-bench-startup");
            Path err = folder.resolve("server.err");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar.toString(), "--host", "127.0.0.1", "--port", "0",
                    "--db", folder.resolve("vigil.db").toString())
                    .redirectOutput(folder.resolve("server.out").toFile()).redirectError(err.toFile());
            builder.environment().put("VIGIL_ADMIN_KEY", "bench-startup-key-0123456789");
            long started = System.nanoTime();
            Process process = builder.start();
            try {
                int port = -1;
                long readyAt = -1;
                while (System.nanoTime() - started < Duration.ofSeconds(120).toNanos()) {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("vigil exited: " + Files.readString(err));
                    }
                    if (port < 0) {
                        Matcher m = PORT.matcher(Files.readString(err));
                        if (m.find()) {
                            port = Integer.parseInt(m.group(1));
                        }
                    }
                    if (port > 0 && ready(client, port)) {
                        readyAt = System.nanoTime();
                        break;
                    }
                    Thread.sleep(10);
                }
                if (readyAt < 0) {
                    throw new IllegalStateException("vigil was not ready within 120 s");
                }
                long ms = (readyAt - started) / 1_000_000;
                long rss = rssKiB(process.pid());
                Thread.sleep(10_000);
                long idle = rssKiB(process.pid());
                millis.add(ms);
                readyRss.add(rss);
                idleRss.add(idle);
                Bench.OUT.printf(Locale.ROOT, "run %d: ready in %d ms; RSS %d MiB when ready, %d MiB after 10 s idle%n",
                        i + 1, ms, rss / 1024, idle / 1024);
            } finally {
                process.destroy();
                process.waitFor();
                Bench.deleteTree(folder);
            }
        }
        Bench.FIGURES.put("startup.ms", String.format(Locale.ROOT, "**%,d ms** (median of %d; %,d–%,d)",
                median(millis), times, Collections.min(millis), Collections.max(millis)));
        Bench.FIGURES.put("startup.rss", String.format(Locale.ROOT, "%d MiB when ready, %d MiB after 10 s idle (medians)",
                median(readyRss) / 1024, median(idleRss) / 1024));
    }

    private static boolean ready(HttpClient client, int port) {
        try {
            HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/readyz"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static long rssKiB(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
