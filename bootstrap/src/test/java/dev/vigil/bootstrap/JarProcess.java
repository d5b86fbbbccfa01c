package dev.vigil.bootstrap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged vigil.jar as a child process, its standard output and error collected line by line. */
final class JarProcess {
    private static final Pattern SERVES = Pattern.compile("serves on http://127\\.0\\.0\\.1:(\\d+)");
    private static final Path JAR = Path.of(System.getProperty("vigil.jar", "target/vigil.jar"));

    final Process process;
    final List<String> out = new CopyOnWriteArrayList<>();
    final List<String> err = new CopyOnWriteArrayList<>();
    private final List<Thread> pumps = new ArrayList<>();

    /** Starts {@code java -jar vigil.jar args…} in {@code workDir}, after {@code environment} has adjusted its variables. */
    JarProcess(Path workDir, Consumer<Map<String, String>> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        environment.accept(builder.environment());
        process = builder.start();
        pumps.add(pump(process.getInputStream(), out));
        pumps.add(pump(process.getErrorStream(), err));
    }

    /** Waits for the process to end and for all of its output to be read. */
    boolean awaitExit() throws InterruptedException {
        boolean ended = process.waitFor(30, TimeUnit.SECONDS);
        for (Thread pump : pumps) {
            pump.join(TimeUnit.SECONDS.toMillis(10));
        }
        return ended;
    }

    /** The port the server says it serves on, once it says so (at most 90 s). */
    int awaitPort() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            for (String line : err) {
                Matcher m = SERVES.matcher(line);
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("vigil exited: " + err);
            }
            Thread.sleep(25);
        }
        throw new IllegalStateException("vigil did not start: " + err);
    }

    private static Thread pump(InputStream stream, List<String> lines) {
        Thread t = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }
}
