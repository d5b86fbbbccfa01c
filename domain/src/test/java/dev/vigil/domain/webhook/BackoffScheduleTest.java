package dev.vigil.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffScheduleTest {
    private final BackoffSchedule schedule = BackoffSchedule.DEFAULT;

    @Test
    void theDefault_triesTenTimes_overAboutADay() {
        assertThat(schedule.attempts()).isEqualTo(10);
        assertThat(schedule.nominalSpan()).isBetween(Duration.ofHours(22), Duration.ofHours(24));
        assertThat(schedule.nominalDelayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(schedule.nominalDelayAfter(2)).isEqualTo(Duration.ofSeconds(138));
        assertThat(schedule.nominalDelayAfter(9).toMinutes()).as("2.3^8 minutes").isEqualTo(783);
    }

    @Test
    void delays_growExponentially() {
        for (int n = 1; n < 9; n++) {
            assertThat(schedule.nominalDelayAfter(n + 1)).isGreaterThan(schedule.nominalDelayAfter(n).multipliedBy(2));
        }
    }

    @Test
    void jitter_spreadsTheDelay_withinTwentyPercent() {
        assertThat(schedule.delayAfter(3, 0.0)).contains(Duration.ofMillis(Math.round(317_400 * 0.8)));
        assertThat(schedule.delayAfter(3, 0.5)).contains(Duration.ofMillis(317_400));
        assertThat(schedule.delayAfter(3, 0.999_999).orElseThrow()).isBetween(Duration.ofMillis(380_000), Duration.ofMillis(380_880));
    }

    @Test
    void afterTheLastAttempt_thereIsNoDelay() {
        assertThat(schedule.delayAfter(9, 0.5)).isPresent();
        assertThat(schedule.delayAfter(10, 0.5)).isEmpty();
        assertThatThrownBy(() -> schedule.delayAfter(0, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nonsense_isRefused() {
        assertThatThrownBy(() -> new BackoffSchedule(Duration.ZERO, 2, 10, 0.2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BackoffSchedule(Duration.ofSeconds(1), 0.5, 10, 0.2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BackoffSchedule(Duration.ofSeconds(1), 2, 0, 0.2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BackoffSchedule(Duration.ofSeconds(1), 2, 10, 1.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
