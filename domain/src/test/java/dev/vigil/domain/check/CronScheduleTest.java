package dev.vigil.domain.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CronScheduleTest {
    private static final ZoneId UTC = ZoneId.of("UTC");

    @ParameterizedTest(name = "{0} after {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "* * * * *        | 2026-01-01T00:00:30Z | 2026-01-01T00:01:00Z",
            "*/15 * * * *     | 2026-01-01T00:15:00Z | 2026-01-01T00:30:00Z",
            "0 3 * * *        | 2026-01-01T03:00:00Z | 2026-01-02T03:00:00Z",
            "0 9-17/4 * * *   | 2026-01-01T09:00:00Z | 2026-01-01T13:00:00Z",
            "0 0 * * mon-fri  | 2026-01-02T12:00:00Z | 2026-01-05T00:00:00Z",
            "0 0 1 jan *      | 2026-03-01T00:00:00Z | 2027-01-01T00:00:00Z",
            "0 0 29 2 *       | 2026-03-01T00:00:00Z | 2028-02-29T00:00:00Z",
            "0 0 13 * 5       | 2026-01-01T00:00:00Z | 2026-01-02T00:00:00Z",
            "0 0 * * 7        | 2026-01-01T00:00:00Z | 2026-01-04T00:00:00Z",
            "@hourly          | 2026-01-01T00:59:59Z | 2026-01-01T01:00:00Z",
            "5,10 1 * * *     | 2026-01-01T01:05:00Z | 2026-01-01T01:10:00Z",
    })
    void nextAfter(String expression, String after, String expected) {
        assertThat(CronSchedule.parse(expression.strip()).nextAfter(Instant.parse(after), UTC))
                .isEqualTo(Instant.parse(expected));
    }

    @org.junit.jupiter.api.Test
    void isReadInItsTimeZone_acrossDaylightSaving() {
        CronSchedule daily = CronSchedule.parse("30 2 * * *");
        ZoneId berlin = ZoneId.of("Europe/Berlin");

        assertThat(daily.nextAfter(Instant.parse("2026-03-28T12:00:00Z"), berlin))
                .as("02:30 does not exist in Berlin on 29 March: that day has no firing, so no ping is expected")
                .isEqualTo(Instant.parse("2026-03-30T00:30:00Z"));
        assertThat(daily.nextAfter(Instant.parse("2026-07-01T12:00:00Z"), berlin))
                .isEqualTo(Instant.parse("2026-07-02T00:30:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "* * * *", "60 * * * *", "* 24 * * *", "0 0 30 2 *", "5-1 * * * *", "x * * * *",
            "* * * * * *", "*/0 * * * *"})
    void invalidOrNeverFiring_isRefused_withAMessageNamingCron(String expression) {
        assertThatThrownBy(() -> CronSchedule.parse(expression))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cron");
    }
}
