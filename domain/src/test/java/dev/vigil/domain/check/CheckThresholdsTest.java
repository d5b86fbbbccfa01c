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
}
