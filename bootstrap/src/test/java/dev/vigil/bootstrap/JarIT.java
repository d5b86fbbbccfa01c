package dev.vigil.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a child process the way an operator runs it. */
class JarIT {
    private static final Pattern SERVES = Pattern.compile("serves on http://127\\.0\\.0\\.1:(\\d+)");
    private static final Path JAR = Path.of(System.getProperty("vigil.jar", "target/vigil.jar"));

    @TempDir
    Path folder;

    /** A running jar with its output collected line by line. */
    private static final class Child {
        final Process process;
        final List<String> out = new CopyOnWriteArrayList<>();
        final List<String> err = new CopyOnWriteArrayList<>();
        private final List<Thread> pumps = new java.util.ArrayList<>();

        Child(Path workDir, String... args) throws IOException {
            List<String> command = new java.util.ArrayList<>(List.of("java", "-jar", JAR.toAbsolutePath().toString()));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
            builder.environment().remove("VIGIL_ADMIN_KEY");
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

        private static Thread pump(java.io.InputStream stream, List<String> lines) {
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

        int awaitPort() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
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
                Thread.sleep(50);
            }
            throw new IllegalStateException("vigil did not start: " + err);
        }

        String printedKey() {
            return out.stream().map(String::strip).filter(l -> l.startsWith("vgl_")).findFirst().orElseThrow();
        }
    }

    @Test
    void version_printsVersionCommitAndBuildTime() throws Exception {
        Child child = new Child(folder, "--version");

        assertThat(child.awaitExit()).isTrue();
        assertThat(child.process.exitValue()).isZero();
        assertThat(child.out).contains("Vigil").anySatisfy(l -> assertThat(l).startsWith("  Version:    0.1.0"))
                .anySatisfy(l -> assertThat(l).startsWith("  Commit:     "))
                .anySatisfy(l -> assertThat(l).startsWith("  Build time: "));
    }

    @Test
    void serves_createsItsDatabaseFolder_stopsCleanlyOnSigterm_andKeepsItsData() throws Exception {
        Path db = folder.resolve("state/vigil.db");
        Child first = new Child(folder, "--host", "127.0.0.1", "--port", "0", "--db", db.toString());
        int port = first.awaitPort();
        String key = first.printedKey();
        HttpSession api = new HttpSession(port, key);
        assertThat(api.withKey(null).get("/healthz").status()).isEqualTo(200);
        assertThat(api.withKey(null).get("/readyz").status()).isEqualTo(200);
        assertThat(api.post("/api/systems", "{\"name\":\"Checkout API\"}").status()).isEqualTo(201);

        first.process.toHandle().destroy(); // SIGTERM; Process.destroy() would also close our end of its pipes

        assertThat(first.awaitExit()).isTrue();
        assertThat(first.process.exitValue()).isEqualTo(143);
        assertThat(first.err).anySatisfy(l -> assertThat(l).contains("Vigil stopped"));
        assertThat(Files.exists(db)).isTrue();

        Child second = new Child(folder, "--host", "127.0.0.1", "--port", "0", "--db", db.toString());
        try {
            int again = second.awaitPort();
            var systems = new HttpSession(again, key).get("/api/systems");
            assertThat(systems.json()).hasSize(1);
            assertThat(second.out).noneSatisfy(l -> assertThat(l).contains("vgl_"));
        } finally {
            second.process.toHandle().destroy();
            second.awaitExit();
        }
    }

    // Backups and operations (issue 7)
    @Test
    void theOperatorsVerbs_workOnTheDatabaseAServerIsUsing() throws Exception {
        Path db = folder.resolve("state/vigil.db");
        Child server = new Child(folder, "--host", "127.0.0.1", "--port", "0", "--db", db.toString());
        try {
            HttpSession api = new HttpSession(server.awaitPort(), server.printedKey());
            assertThat(api.post("/api/systems", "{\"name\":\"Checkout API\"}").status()).isEqualTo(201);
            Path old = Files.writeString(folder.resolve("old.json"), "{\"version\":\"1.0\",\"systems\":[{\"id\":50,"
                    + "\"name\":\"Legacy\",\"status\":\"green\",\"created_at\":\"2024-01-01T00:00:00Z\","
                    + "\"updated_at\":\"2024-01-01T00:00:00Z\"}],\"dependencies\":[],\"logs\":[]}");

            Child backup = new Child(folder, "backup", "--db", db.toString(), "--out", folder.resolve("copy.db").toString());
            Child export = new Child(folder, "export", "--db", db.toString());
            Child imported = new Child(folder, "import", old.toString(), "--db", db.toString());

            for (Child verb : List.of(backup, export, imported)) {
                assertThat(verb.awaitExit()).isTrue();
                assertThat(verb.process.exitValue()).as("%s", verb.err).isZero();
            }
            assertThat(folder.resolve("copy.db")).exists();
            assertThat(String.join("\n", export.out)).contains("\"name\":\"Checkout API\"");
            assertThat(String.join("\n", imported.out)).contains("\"systems_imported\":1");
            assertThat(api.get("/api/systems/50").json().get("name").asText()).isEqualTo("Legacy");
            for (String verb : List.of("export", "import", "backup")) {
                Child help = new Child(folder, verb, "--help");
                assertThat(help.awaitExit()).isTrue();
                assertThat(help.process.exitValue()).isZero();
                assertThat(help.out.get(0)).startsWith("Usage: java -jar vigil.jar " + verb);
            }
        } finally {
            server.process.toHandle().destroy();
            server.awaitExit();
        }
    }
}
