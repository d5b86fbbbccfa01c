package dev.vigil.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer of docs/benchmarks.md fills its template from a run's figures and says what was not measured. */
class ReportTest {
    @TempDir
    Path folder;

    @Test
    void everyPlaceholderIsFilled_missingFiguresSaySo_andAQuickRunIsMarkedAsPlaceholders() throws Exception {
        Path doc = folder.resolve("benchmarks.md");

        Report.write(doc, Map.of("status.healthz.rps", "54321", "ingest.rate", "**25,000 rows/s**"),
                Instant.parse("2026-11-21T10:00:00Z"), Instant.parse("2026-11-21T10:05:00Z"), true, List.of("analytics"));

        String text = Files.readString(doc);
        assertThat(text).startsWith("# Benchmarks").doesNotContain("{{").doesNotContain("}}");
        assertThat(text).contains("| 54321 req/s, p99 not measured ms").contains("**25,000 rows/s**");
        assertThat(text).contains("Placeholder figures from a quick run");
        assertThat(text).contains("2026-11-21 10:00 UTC, 5 minutes; **these scenarios failed: [analytics]**");
        assertThat(text).contains("mvn -B -Pbench -pl benchmarks -am verify -DskipTests -DskipITs");
    }

    @Test
    void aFullRun_isNotMarkedAsPlaceholders() throws Exception {
        Path doc = folder.resolve("benchmarks.md");

        Report.write(doc, Map.of(), Instant.now(), Instant.now(), false, List.of());

        assertThat(Files.readString(doc)).doesNotContain("Placeholder figures").contains("every scenario ran");
    }
}
