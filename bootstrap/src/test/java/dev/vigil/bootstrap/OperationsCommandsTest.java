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
        for (String verb : new String[] {"backup"}) {
            assertThat(run(verb, "--help")).isZero();
            assertThat(out()).startsWith("Usage: java -jar vigil.jar " + verb).contains("--db FILE");
        }
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("backup").contains("export").contains("import FILE");
    }
}
