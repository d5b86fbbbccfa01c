package dev.vigil.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Vigil started on a database an older version left behind: copied first, migrated, data intact. */
class UpgradeTest {
    private static final String KEY = "upgrade-test-admin-key-0123456789";

    @TempDir
    Path folder;
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

    /** A database at schema version 1 (the foundation) with a red system and its history. */
    private void olderDatabase() throws Exception {
        Files.createDirectories(database().getParent());
        Flyway.configure().dataSource("jdbc:sqlite:" + database(), null, null).locations("classpath:db/migration")
                .target("1").load().migrate();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + database()); var s = c.createStatement()) {
            s.execute("INSERT INTO systems (id, name, slug, visibility, sla_target, manual_status, status, created_at,"
                    + " updated_at) VALUES (7, 'Checkout API', 'checkout-api', 'public', 99.5, 'outage', 'outage',"
                    + " 1767225600000, 1767229200000)");
            s.execute("UPDATE id_sequence SET value = 7 WHERE name = 'systems'");
            s.execute("INSERT INTO status_log (system_id, old_status, new_status, message, source, created_at)"
                    + " VALUES (7, 'operational', 'outage', 'Payments failing', 'manual', 1767229200000)");
        }
    }

    private List<String> filesBesideTheDatabase() throws Exception {
        try (Stream<Path> files = Files.list(database().getParent())) {
            return new ArrayList<>(files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void startingOnAnOlderSchema_copiesTheDatabaseFirst_thenServesItsData() throws Exception {
        olderDatabase();

        app = VigilApp.start(new AppConfig("127.0.0.1", 0, database(), Optional.of(KEY), AppConfig.DEFAULT_MAX_BODY),
                line -> { }, Clock.systemUTC());
        HttpSession api = new HttpSession(app.port(), KEY);

        var system = api.get("/api/systems/7");
        assertThat(system.status()).isEqualTo(200);
        assertThat(system.json().get("name").asText()).isEqualTo("Checkout API");
        assertThat(system.json().get("status").asText()).isEqualTo("red");
        assertThat(system.json().get("sla_target").asDouble()).isEqualTo(99.5);
        assertThat(system.json().get("auto_incident_after").asLong()).isEqualTo(120);
        assertThat(api.get("/api/logs").json().get(0).get("message").asText()).isEqualTo("Payments failing");
        assertThat(api.post("/api/systems", "{\"name\":\"Search\"}").json().get("id").asLong())
                .as("the id sequence carried over").isEqualTo(8);
        assertThat(filesBesideTheDatabase()).anySatisfy(name -> assertThat(name).matches(
                "vigil\\.upgrade-v1-to-v[0-9.]+-\\d{8}T\\d{6}Z\\.db"));
    }

    @Test
    void aFailingUpgrade_stopsStartUp_withTheWayBack() throws Exception {
        olderDatabase();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + database()); var s = c.createStatement()) {
            s.execute("CREATE TABLE checks (id INTEGER PRIMARY KEY)"); // schema version 2 creates it too
        }
        AppConfig config = new AppConfig("127.0.0.1", 0, database(), Optional.of(KEY), AppConfig.DEFAULT_MAX_BODY);

        assertThatThrownBy(() -> VigilApp.start(config, line -> { }, Clock.systemUTC()))
                .hasMessageContaining("failed")
                .hasMessageContaining("now at schema v1")
                .hasMessageContaining("copy " + database().getParent().toAbsolutePath().resolve("vigil.upgrade-v1-to-v"));
    }
}
