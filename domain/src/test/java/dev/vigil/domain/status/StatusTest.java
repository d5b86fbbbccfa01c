package dev.vigil.domain.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatusTest {

    @ParameterizedTest
    @CsvSource({
            "green, OPERATIONAL", "' GREEN ', OPERATIONAL", "Yellow, DEGRADED", "red, OUTAGE",
            "maintenance, MAINTENANCE", "UNKNOWN, UNKNOWN",
    })
    void fromWire_isTrimmedAndCaseInsensitive(String wire, Status expected) {
        assertThat(Status.fromWire(wire)).isEqualTo(expected);
    }

    @Test
    void wireNames_roundTrip() {
        for (Status status : Status.values()) {
            assertThat(Status.fromWire(status.wireName())).isEqualTo(status);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"operational", "purple", "gr een", "0"})
    void unknownNames_areRejected_namingTheValidOnes(String wire) {
        assertThatThrownBy(() -> Status.fromWire(wire))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("green, yellow, red");
    }

    @Test
    void blank_isRejected() {
        assertThatThrownBy(() -> Status.fromWire(" ")).hasMessageStartingWith("status is required");
        assertThatThrownBy(() -> Status.fromWire(null)).hasMessageStartingWith("status is required");
    }

    @Test
    void overlongInput_isAbbreviatedInTheMessage() {
        assertThatThrownBy(() -> Status.fromWire("x".repeat(5000))).message().hasSizeLessThan(200);
    }

    @Test
    void severityOrder() {
        assertThat(Status.OUTAGE.isWorseThan(Status.DEGRADED)).isTrue();
        assertThat(Status.DEGRADED.isWorseThan(Status.MAINTENANCE)).isTrue();
        assertThat(Status.MAINTENANCE.isWorseThan(Status.UNKNOWN)).isTrue();
        assertThat(Status.UNKNOWN.isWorseThan(Status.OPERATIONAL)).isTrue();
        assertThat(Status.OPERATIONAL.isWorseThan(Status.OPERATIONAL)).isFalse();
        assertThat(Status.DEGRADED.worst(Status.OUTAGE)).isEqualTo(Status.OUTAGE);
    }

    @Test
    void sources_roundTrip() {
        for (StatusSource source : StatusSource.values()) {
            assertThat(StatusSource.fromWire(source.wireName())).isEqualTo(source);
        }
        assertThatThrownBy(() -> StatusSource.fromWire("heartbeat")).isInstanceOf(IllegalArgumentException.class);
    }
}
