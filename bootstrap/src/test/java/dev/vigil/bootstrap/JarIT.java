package dev.vigil.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a child process the way an operator runs it. */
class JarIT {

    @TempDir
    Path folder;

    /** The jar as an operator runs it: without the environment's provisioned key. */
    private static JarProcess child(Path workDir, String... args) throws IOException {
        return new JarProcess(workDir, environment -> environment.remove("VIGIL_ADMIN_KEY"), args);
    }

    /** The admin key a first start prints. */
    private static String printedKey(JarProcess child) {
        return child.out.stream().map(String::strip).filter(l -> l.startsWith("vgl_")).findFirst().orElseThrow();
    }

    @Test
    void version_printsVersionCommitAndBuildTime() throws Exception {
        JarProcess child = child(folder, "--version");

        assertThat(child.awaitExit()).isTrue();
        assertThat(child.process.exitValue()).isZero();
        assertThat(child.out).contains("Vigil").anySatisfy(l -> assertThat(l).startsWith("  Version:    0.1.0"))
                .anySatisfy(l -> assertThat(l).startsWith("  Commit:     "))
                .anySatisfy(l -> assertThat(l).startsWith("  Build time: "));
    }

    @Test
    void serves_createsItsDatabaseFolder_stopsCleanlyOnSigterm_andKeepsItsData() throws Exception {
        Path db = folder.resolve("state/vigil.db");
        JarProcess first = child(folder, "--host", "127.0.0.1", "--port", "0", "--db", db.toString());
        int port = first.awaitPort();
        String key = printedKey(first);
        HttpSession api = new HttpSession(port, key);
        assertThat(api.withKey(null).get("/healthz").status()).isEqualTo(200);
        assertThat(api.withKey(null).get("/readyz").status()).isEqualTo(200);
        assertThat(api.post("/api/systems", "{\"name\":\"Checkout API\"}").status()).isEqualTo(201);

        first.process.toHandle().destroy(); // SIGTERM; Process.destroy() would also close our end of its pipes

        assertThat(first.awaitExit()).isTrue();
        assertThat(first.process.exitValue()).isEqualTo(143);
        assertThat(first.err).anySatisfy(l -> assertThat(l).contains("Vigil stopped"));
        assertThat(Files.exists(db)).isTrue();

        JarProcess second = child(folder, "--host", "127.0.0.1", "--port", "0", "--db", db.toString());
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
        JarProcess server = child(folder, "--host", "127.0.0.1", "--port", "0", "--db", db.toString());
        try {
            HttpSession api = new HttpSession(server.awaitPort(), printedKey(server));
            assertThat(api.post("/api/systems", "{\"name\":\"Checkout API\"}").status()).isEqualTo(201);
            Path old = Files.writeString(folder.resolve("old.json"), "{\"version\":\"1.0\",\"systems\":[{\"id\":50,"
                    + "\"name\":\"Legacy\",\"status\":\"green\",\"created_at\":\"2024-01-01T00:00:00Z\","
                    + "\"updated_at\":\"2024-01-01T00:00:00Z\"}],\"dependencies\":[],\"logs\":[]}");

            JarProcess backup = child(folder, "backup", "--db", db.toString(), "--out", folder.resolve("copy.db").toString());
            JarProcess export = child(folder, "export", "--db", db.toString());
            JarProcess imported = child(folder, "import", old.toString(), "--db", db.toString());

            for (JarProcess verb : List.of(backup, export, imported)) {
                assertThat(verb.awaitExit()).isTrue();
                assertThat(verb.process.exitValue()).as("%s", verb.err).isZero();
            }
            assertThat(folder.resolve("copy.db")).exists();
            assertThat(String.join("\n", export.out)).contains("\"name\":\"Checkout API\"");
            assertThat(String.join("\n", imported.out)).contains("\"systems_imported\":1");
            assertThat(api.get("/api/systems/50").json().get("name").asText()).isEqualTo("Legacy");
            for (String verb : List.of("export", "import", "backup")) {
                JarProcess help = child(folder, verb, "--help");
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
