package dev.vigil.domain.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CounterTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00.123456Z");
    private static final CounterName MESSAGES = new CounterName("messages_last_24h");

    @ParameterizedTest
    @ValueSource(strings = {"a", "online_now", "messages_last_24h", "x1"})
    void name_acceptsSnakeCase(String name) {
        assertThat(new CounterName(name).value()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Online", "1st", "_x", "with-hyphen", "with space", "ünïcode", "<b>"})
    void name_refusesAnythingElse(String name) {
        assertThatThrownBy(() -> new CounterName(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("counter name must be");
    }

    @Test
    void name_refusesMoreThan64Characters() {
        assertThat(new CounterName("a".repeat(64)).value()).hasSize(64);
        assertThatThrownBy(() -> new CounterName("a".repeat(65))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void create_withoutLabel_isLabelledWithItsName_andTruncatesTime() {
        Counter counter = Counter.create(MESSAGES, 12, Optional.empty(), T0);

        assertThat(counter.label()).isEqualTo("messages_last_24h");
        assertThat(counter.value()).isEqualTo(12);
        assertThat(counter.createdAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00.123Z"));
        assertThat(counter.updatedAt()).isEqualTo(counter.createdAt());
    }

    @Test
    void set_keepsTheLabel_unlessANewOneIsGiven() {
        Counter counter = Counter.create(MESSAGES, 12, Optional.of("Messages, last 24 h"), T0);

        Counter later = counter.set(13, Optional.empty(), T0.plusSeconds(60));
        Counter relabelled = later.set(14, Optional.of("Messages today"), T0.plusSeconds(120));

        assertThat(later.label()).isEqualTo("Messages, last 24 h");
        assertThat(later.value()).isEqualTo(13);
        assertThat(later.updatedAt()).isEqualTo(Instant.parse("2026-01-01T00:01:00.123Z"));
        assertThat(later.createdAt()).isEqualTo(counter.createdAt());
        assertThat(relabelled.label()).isEqualTo("Messages today");
    }

    @Test
    void label_isTrimmedBoundedAndSingleLine() {
        assertThat(Counter.create(MESSAGES, 1, Optional.of("  Messages  "), T0).label()).isEqualTo("Messages");
        assertThatThrownBy(() -> Counter.create(MESSAGES, 1, Optional.of(" "), T0))
                .hasMessage("label is required");
        assertThatThrownBy(() -> Counter.create(MESSAGES, 1, Optional.of("x".repeat(101)), T0))
                .hasMessage("label must be at most 100 characters");
        assertThatThrownBy(() -> Counter.create(MESSAGES, 1, Optional.of("two\nlines"), T0))
                .hasMessage("label must not contain control characters");
    }

    @Test
    void value_mustStayWithinWhatJavaScriptCountsExactly() {
        assertThat(Counter.create(MESSAGES, Counter.MAX_MAGNITUDE, Optional.empty(), T0).value())
                .isEqualTo(9_007_199_254_740_991L);
        assertThat(Counter.create(MESSAGES, -Counter.MAX_MAGNITUDE, Optional.empty(), T0).value())
                .isEqualTo(-9_007_199_254_740_991L);
        assertThatThrownBy(() -> Counter.create(MESSAGES, Counter.MAX_MAGNITUDE + 1, Optional.empty(), T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("value must be between");
    }

    @Test
    void requireRoomFor_refusesTheFiftyFirst() {
        Counter.requireRoomFor(MESSAGES, 49);

        assertThatThrownBy(() -> Counter.requireRoomFor(MESSAGES, 50))
                .isInstanceOf(TooManyCounters.class)
                .hasMessageContaining("'messages_last_24h'").hasMessageContaining("50 counters");
    }

    @Test
    void equality_isByName() {
        assertThat(Counter.create(MESSAGES, 1, Optional.empty(), T0))
                .isEqualTo(Counter.create(MESSAGES, 2, Optional.of("Other"), T0.plusSeconds(1)))
                .isNotEqualTo(Counter.create(new CounterName("online_now"), 1, Optional.empty(), T0));
    }
}
