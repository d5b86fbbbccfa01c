package dev.vigil.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.adapters.persistence.JdbiSystems;
import dev.vigil.adapters.persistence.SqliteDatabase;
import dev.vigil.domain.system.MonitoredSystem;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export, import and backup verbs of the jar, run against a database a server is using at the same time. */
class OperationsCommandsTest {
    private static final String KEY = "operations-test-admin-key-0123456789";

    @TempDir
    Path folder;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
    private VigilApp app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private Path database() {
        return folder.resolve("data/vigil.db");
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("VIGIL_DB", database().toString()), clock)
                .run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private HttpSession serve() {
        app = VigilApp.start(new AppConfig("127.0.0.1", 0, database(), Optional.of(KEY), AppConfig.DEFAULT_MAX_BODY),
                line -> { }, Clock.systemUTC());
        return new HttpSession(app.port(), KEY);
    }

    @Test
    void backup_whileTheServerRuns_writesACompleteCopy_andTheServerCarriesOn() {
        HttpSession api = serve();
        api.post("/api/systems", "{\"name\":\"Checkout API\"}");

        assertThat(run("backup")).as(err()).isZero();

        Path copy = Path.of(out().strip());
        assertThat(copy).isEqualTo(database().toAbsolutePath().resolveSibling("vigil-backup-20260301T120000Z.db"));
        try (SqliteDatabase restored = SqliteDatabase.open(copy)) {
            assertThat(new JdbiSystems(restored).all()).extracting(MonitoredSystem::name).containsExactly("Checkout API");
        }
        assertThat(api.post("/api/systems", "{\"name\":\"Search\"}").status()).isEqualTo(201);
    }

    @Test
    void backup_toAChosenFile_refusesToOverwrite() throws Exception {
        serve();
        Path target = folder.resolve("copies/mine.db");

        assertThat(run("backup", "--out", target.toString())).as(err()).isZero();
        long size = Files.size(target);
        assertThat(run("backup", "--out", target.toString())).isEqualTo(1);

        assertThat(err()).contains("vigil: backup failed: ").contains("already exists");
        assertThat(Files.size(target)).isEqualTo(size);
    }

    @Test
    void backup_withoutADatabase_failsAndSaysWhere() {
        assertThat(run("backup")).isEqualTo(1);

        assertThat(err()).contains("there is no database at " + database().toAbsolutePath());
        assertThat(database().getParent()).doesNotExist();
    }

    @Test
    void everyVerb_explainsItselfWithHelp() {
        for (String verb : new String[] {"backup", "export", "import"}) {
            assertThat(run(verb, "--help")).isZero();
            assertThat(out()).startsWith("Usage: java -jar vigil.jar " + verb).contains("--db FILE");
        }
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("backup").contains("export").contains("import FILE");
    }

    @Test
    void export_whileTheServerRuns_writesTheDocumentToStandardOutput_orToAFile() throws Exception {
        HttpSession api = serve();
        api.post("/api/systems", "{\"name\":\"Checkout API\"}");
        Path file = folder.resolve("out/export.json");
        Files.createDirectories(file.getParent());

        assertThat(run("export")).as(err()).isZero();
        var document = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out());
        assertThat(run("export", "--out", file.toString(), "--include-secrets")).as(err()).isZero();

        assertThat(document.get("version").asText()).isEqualTo("2.0");
        assertThat(document.get("systems").get(0).get("name").asText()).isEqualTo("Checkout API");
        assertThat(document.has("api_keys")).isFalse();
        assertThat(out().strip()).isEqualTo(file.toAbsolutePath().toString());
        var withSecrets = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
        assertThat(withSecrets.get("secrets_included").asBoolean()).isTrue();
        assertThat(withSecrets.get("api_keys")).isEmpty(); // the only key is the environment's
        assertThat(folder.resolve("out")).isDirectoryNotContaining("glob:**.partial");
    }

    @Test
    void import_intoADatabaseTheServerUses_isSeenByTheServer_andTwiceChangesNothing() throws Exception {
        HttpSession api = serve();
        Path file = folder.resolve("old-export.json");
        Files.writeString(file, """
                {"exported_at":"2024-01-15T10:30:00Z","version":"1.0",
                 "systems":[{"id":40,"name":"Legacy API","status":"green","created_at":"2024-01-01T00:00:00Z",
                             "updated_at":"2024-01-01T00:00:00Z"}],
                 "dependencies":[],
                 "logs":[{"id":7,"system_id":40,"old_status":"green","new_status":"red","message":"down",
                          "source":"manual","created_at":"2024-01-02T00:00:00Z"}]}
                """);

        assertThat(run("import", file.toString())).as(err()).isZero();
        var report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out());
        assertThat(run("import", file.toString(), "--mode", "merge")).as(err()).isZero();

        assertThat(report.get("systems_imported").asInt()).isEqualTo(1);
        assertThat(report.get("logs_imported").asInt()).isEqualTo(1);
        assertThat(report.get("errors")).isEmpty();
        assertThat(api.get("/api/systems/40").json().get("name").asText()).isEqualTo("Legacy API");
        assertThat(api.get("/api/logs").json()).hasSize(1);
        assertThat(api.get("/api/logs").json().get(0).get("created_at").asText()).isEqualTo("2024-01-02T00:00:00Z");
    }

    @Test
    void import_ofAnInvalidFile_listsTheProblems_andChangesNothing() throws Exception {
        serve().post("/api/systems", "{\"name\":\"Kept\"}");
        app.close();
        app = null;
        Path file = folder.resolve("bad.json");
        Files.writeString(file, "{\"version\":\"2.0\",\"systems\":[{\"id\":1}],\"logs\":[{\"id\":0}]}");

        assertThat(run("import", file.toString(), "--mode", "replace")).isEqualTo(1);

        assertThat(err()).contains("vigil: import failed: the document cannot be loaded; nothing changed.")
                .contains("  systems[0]: name is required").contains("  logs[0]: id must be a positive integer");
        try (SqliteDatabase db = SqliteDatabase.open(database())) {
            assertThat(new JdbiSystems(db).all()).extracting(MonitoredSystem::name).containsExactly("Kept");
        }
        assertThat(run("import", folder.resolve("missing.json").toString())).isEqualTo(1);
        assertThat(err()).contains("cannot read");
        assertThat(run("import")).isEqualTo(2);
    }
}
