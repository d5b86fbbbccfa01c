package dev.vigil.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.adapters.persistence.JdbiCheckHistory;
import dev.vigil.adapters.persistence.JdbiDependencies;
import dev.vigil.adapters.persistence.JdbiStatusTallies;
import dev.vigil.adapters.persistence.JdbiSystems;
import dev.vigil.adapters.persistence.SqliteDatabase;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.uptime.Subject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusPageFleetTest {
    @TempDir
    Path folder;

    @Test
    void theFleet_hasNinetyDaysOfTalliedHistory_andADayOfHourlyCheckRollUps() {
        Instant now = Instant.parse("2026-03-01T12:34:00Z");
        Path file = folder.resolve("fleet.db");

        var summary = StatusPageFleet.write(file, now, 3, 2, new Random(1));

        try (SqliteDatabase database = SqliteDatabase.open(file)) {
            assertThat(new JdbiSystems(database).all()).hasSize(3)
                    .allSatisfy(s -> assertThat(s.createdAt()).isBefore(now.minus(Duration.ofDays(88))));
            var dependencies = new JdbiDependencies(database).all();
            assertThat(dependencies).hasSize(6);
            var tallies = new JdbiStatusTallies(database);
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            assertThat(tallies.lastDay()).contains(today.minusDays(1));
            assertThat(tallies.daily(Subject.Kind.SYSTEM, today.minusDays(89), today)).hasSize(3)
                    .allSatisfy((s, days) -> assertThat(days).hasSize(89));
            var hourly = new JdbiCheckHistory(database).hourly(dependencies.stream().map(Dependency::id).toList(),
                    now.minus(Duration.ofHours(25)), now);
            assertThat(hourly).hasSize(6).allSatisfy((d, hours) -> assertThat(hours).hasSize(24));
        }
        assertThat(summary.results()).isEqualTo(6 * 154);
        assertThat(summary.incidents()).isEqualTo(9);
    }
}
