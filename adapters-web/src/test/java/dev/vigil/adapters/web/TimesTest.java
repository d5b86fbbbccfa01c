package dev.vigil.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimesTest {
    @Test
    void aTimeADatabaseCannotHold_isABadRequest_notAFaultWhenItIsWritten() {
        for (String far : new String[] {"+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
                "+10000-01-01T00:00:00Z", "-0001-12-31T23:59:59Z"}) {
            assertThatThrownBy(() -> Times.parse("started_at", far)).as(far).isInstanceOf(HttpProblem.class)
                    .hasMessage("started_at must lie between the years 1 and 9999")
                    .satisfies(e -> assertThat(((HttpProblem) e).status()).isEqualTo(400));
        }
        assertThat(Times.parse("t", "9999-12-31T23:59:59.999Z")).isEqualTo(Instant.parse("9999-12-31T23:59:59.999Z"));
        assertThat(Times.parse("t", "0001-01-01T00:00:00Z")).isEqualTo(Instant.parse("0001-01-01T00:00:00Z"));
        assertThat(Times.parse("t", "2026-03-01T13:00:00+01:00")).isEqualTo(Instant.parse("2026-03-01T12:00:00Z"));
    }
}
