package dev.vigil.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.domain.check.CheckResult;
import dev.vigil.domain.check.Verdict;
import dev.vigil.domain.system.DependencyId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticResultsTest {
    private static final Instant DAY = Instant.parse("2026-03-02T00:00:00Z");

    private static List<DependencyId> ids(int count) {
        List<DependencyId> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(new DependencyId(i));
        }
        return ids;
    }

    @Test
    void eachRound_hasOneResultPerDependency_spreadInsideTheRound() {
        SyntheticResults results = new SyntheticResults(ids(100), DAY, Duration.ofSeconds(30), 0.005, 1);

        List<CheckResult> round = results.round(2);

        assertThat(round).hasSize(100);
        assertThat(round).extracting(CheckResult::at)
                .allSatisfy(at -> assertThat(at).isBetween(DAY.plusSeconds(60), DAY.plusSeconds(90).minusMillis(1)));
        assertThat(round.stream().map(CheckResult::dependency).distinct()).hasSize(100);
    }

    @Test
    void failures_occurAtAboutTheGivenRate_deterministicallyForASeed() {
        long failures = 0;
        SyntheticResults results = new SyntheticResults(ids(1000), DAY, Duration.ofSeconds(30), 0.01, 3);
        for (int round = 0; round < 20; round++) {
            failures += results.round(round).stream().filter(r -> r.verdict() == Verdict.DOWN).count();
        }

        assertThat(failures).isBetween(120L, 280L);
        assertThat(new SyntheticResults(ids(10), DAY, Duration.ofSeconds(30), 0.5, 9).round(0))
                .isEqualTo(new SyntheticResults(ids(10), DAY, Duration.ofSeconds(30), 0.5, 9).round(0));
    }

    @Test
    void theStubServer_answersOkOnAnyPath() throws Exception {
        var server = StubServer.start(2);
        try {
            var client = java.net.http.HttpClient.newHttpClient();
            var response = client.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/health/42")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"status\":\"ok\"}");
        } finally {
            server.stop(0);
        }
    }
}
