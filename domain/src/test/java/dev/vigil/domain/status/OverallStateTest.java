package dev.vigil.domain.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OverallStateTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "'',                                   OPERATIONAL",
            "OPERATIONAL,                          OPERATIONAL",
            "OPERATIONAL UNKNOWN MAINTENANCE,      OPERATIONAL",
            "OPERATIONAL DEGRADED,                 DEGRADED",
            "MAINTENANCE DEGRADED UNKNOWN,         DEGRADED",
            "OPERATIONAL OUTAGE,                   DOWN",
            "DEGRADED OUTAGE MAINTENANCE,          DOWN",
    })
    void anyOutageIsDown_anyDegradationIsDegraded_elseOperational(String statuses, OverallState expected) {
        List<Status> list = statuses.isBlank() ? List.of()
                : Arrays.stream(statuses.trim().split(" ")).map(Status::valueOf).toList();

        assertThat(OverallState.of(list)).isEqualTo(expected);
    }

    @Test
    void wireNames_areSeed000s() {
        assertThat(Arrays.stream(OverallState.values()).map(OverallState::wireName))
                .containsExactly("operational", "degraded", "down");
    }

    @Test
    void worstFirst_listsFailuresFirst() {
        List<Status> statuses = new ArrayList<>(List.of(Status.values()));

        statuses.sort(Status.WORST_FIRST);

        assertThat(statuses).containsExactly(Status.OUTAGE, Status.DEGRADED, Status.MAINTENANCE, Status.UNKNOWN,
                Status.OPERATIONAL);
    }
}
