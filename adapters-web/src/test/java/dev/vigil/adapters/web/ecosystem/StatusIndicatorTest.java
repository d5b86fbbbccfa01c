package dev.vigil.adapters.web.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.domain.incident.Impact;
import dev.vigil.domain.status.Status;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The blend rule of docs/api.md, case by case. */
class StatusIndicatorTest {
    @ParameterizedTest(name = "{0} with open incidents [{1}] -> {2}, {3}")
    @CsvSource(delimiter = '|', value = {
            "                              |          | none     | All Systems Operational",
            "OPERATIONAL                   |          | none     | All Systems Operational",
            "OPERATIONAL UNKNOWN           |          | none     | All Systems Operational",
            "OPERATIONAL MAINTENANCE       |          | none     | Service Under Maintenance",
            "DEGRADED                      |          | minor    | Degraded System Service",
            "DEGRADED MAINTENANCE          |          | minor    | Degraded System Service",
            "DEGRADED OPERATIONAL          |          | minor    | Partially Degraded Service",
            "OUTAGE OPERATIONAL            |          | major    | Partial System Outage",
            "OUTAGE DEGRADED               |          | major    | Partial System Outage",
            "OUTAGE                        |          | critical | Major System Outage",
            "OUTAGE OUTAGE MAINTENANCE     |          | critical | Major System Outage",
            "OPERATIONAL                   | NONE     | none     | All Systems Operational",
            "OPERATIONAL                   | MINOR    | minor    | Minor Service Outage",
            "OPERATIONAL                   | MAJOR    | major    | Partial System Outage",
            "DEGRADED OPERATIONAL          | CRITICAL | critical | Major Service Outage",
            "OUTAGE OPERATIONAL            | MINOR    | major    | Partial System Outage",
    })
    void blend(String systems, String incidents, String indicator, String description) {
        StatusIndicator blended = StatusIndicator.of(parse(systems, Status.class), parse(incidents, Impact.class));

        assertThat(blended).isEqualTo(new StatusIndicator(indicator, description));
    }

    @ParameterizedTest
    @CsvSource({"OPERATIONAL,operational", "UNKNOWN,operational", "DEGRADED,degraded_performance",
            "OUTAGE,major_outage", "MAINTENANCE,under_maintenance"})
    void componentStatus_usesStatuspagesNames(Status status, String expected) {
        assertThat(StatusIndicator.componentStatus(status)).isEqualTo(expected);
    }

    private static <E extends Enum<E>> List<E> parse(String names, Class<E> type) {
        if (names == null || names.isBlank()) {
            return List.of();
        }
        return Arrays.stream(names.trim().split("\\s+")).map(n -> Enum.valueOf(type, n)).toList();
    }
}
