package dev.vigil.domain.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.domain.status.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckThresholdsTest {

    @ParameterizedTest(name = "failure threshold {0}: {1} failures -> {2}")
    @CsvSource({
            "3, 1, DEGRADED", "3, 2, DEGRADED", "3, 3, OUTAGE", "3, 10, OUTAGE",
            "1, 1, OUTAGE", "5, 4, DEGRADED", "5, 5, OUTAGE",
    })
    void afterFailures(int threshold, int failures, Status expected) {
        assertThat(new CheckThresholds(threshold, 1).afterFailures(failures)).isEqualTo(expected);
    }

    @Test
    void recovery_needsSuccessThresholdGoodResults() {
        CheckThresholds thresholds = new CheckThresholds(3, 2);

        assertThat(thresholds.recoveredAfter(1)).isFalse();
        assertThat(thresholds.recoveredAfter(2)).isTrue();
    }

    @Test
    void defaults_areThreeAndOne() {
        assertThat(CheckThresholds.DEFAULT).isEqualTo(new CheckThresholds(3, 1));
    }

    @Test
    void outOfRange_isRejected() {
        assertThatThrownBy(() -> new CheckThresholds(0, 1)).hasMessageContaining("failure_threshold");
        assertThatThrownBy(() -> new CheckThresholds(3, 0)).hasMessageContaining("success_threshold");
        assertThatThrownBy(() -> new CheckThresholds(101, 1)).hasMessageContaining("failure_threshold");
        assertThatThrownBy(() -> new CheckThresholds(3, 1).afterFailures(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} + {1} (failures {2}, successes {3}) -> {4}")
    @CsvSource({
            "UNKNOWN, DOWN, 1, 0, DEGRADED", "OPERATIONAL, DOWN, 3, 0, OUTAGE", "OUTAGE, DOWN, 1, 0, OUTAGE",
            "DEGRADED, DOWN, 1, 0, DEGRADED", "OUTAGE, DEGRADED, 0, 0, DEGRADED", "UNKNOWN, UP, 0, 1, OPERATIONAL",
            "OUTAGE, UP, 0, 1, OPERATIONAL", "MAINTENANCE, DOWN, 5, 0, MAINTENANCE", "MAINTENANCE, UP, 0, 1, MAINTENANCE",
    })
    void next_withDefaults(Status current, Verdict verdict, int failures, int successes, Status expected) {
        assertThat(CheckThresholds.DEFAULT.next(current, verdict, failures, successes)).isEqualTo(expected);
    }

    @Test
    void next_beforeEnoughSuccesses_keepsTheStatus() {
        assertThat(new CheckThresholds(3, 3).next(Status.UNKNOWN, Verdict.UP, 0, 2)).isEqualTo(Status.UNKNOWN);
        assertThat(new CheckThresholds(3, 3).next(Status.OUTAGE, Verdict.UP, 0, 2)).isEqualTo(Status.OUTAGE);
    }
}
