package dev.vigil.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.application.fakes.InMemoryVigil;
import dev.vigil.application.port.in.counter.SetCounterCommand;
import dev.vigil.application.port.in.counter.UnknownCounter;
import dev.vigil.domain.counter.Counter;
import dev.vigil.domain.counter.CounterName;
import dev.vigil.domain.counter.TooManyCounters;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CounterServicesTest {
    private final InMemoryVigil vigil = new InMemoryVigil();
    private static final CounterName MESSAGES = new CounterName("messages_last_24h");

    @Test
    void set_createsTheCounterOnce_thenUpdatesItsValue_keepingTheLabel() {
        vigil.setCounter.set(new SetCounterCommand(MESSAGES, 12, Optional.of("Messages, last 24 h")));
        vigil.clock.advance(Duration.ofMinutes(1));

        Counter updated = vigil.setCounter.set(new SetCounterCommand(MESSAGES, 13, Optional.empty()));

        assertThat(updated.value()).isEqualTo(13);
        assertThat(updated.label()).isEqualTo("Messages, last 24 h");
        assertThat(updated.updatedAt()).isEqualTo(vigil.clock.instant());
        assertThat(updated.createdAt()).isEqualTo(vigil.clock.instant().minus(Duration.ofMinutes(1)));
        assertThat(vigil.listCounters.list()).containsExactly(updated);
    }

    @Test
    void set_ofTheFiftyFirstCounter_isRefused_andChangesNothing() {
        for (int i = 0; i < Counter.MAX_COUNT; i++) {
            vigil.setCounter.set(new SetCounterCommand(new CounterName("c" + i), i, Optional.empty()));
        }

        assertThatThrownBy(() -> vigil.setCounter.set(new SetCounterCommand(MESSAGES, 1, Optional.empty())))
                .isInstanceOf(TooManyCounters.class);

        assertThat(vigil.counters.count()).isEqualTo(Counter.MAX_COUNT);
        assertThat(vigil.counters.byName(MESSAGES)).isEmpty();
        assertThat(vigil.setCounter.set(new SetCounterCommand(new CounterName("c7"), 70, Optional.empty())).value())
                .as("a full page still takes new values for the counters it has").isEqualTo(70);
    }

    @Test
    void remove_deletesTheCounter_andAnUnknownNameIsReported() {
        vigil.setCounter.set(new SetCounterCommand(MESSAGES, 12, Optional.empty()));

        vigil.removeCounter.remove(MESSAGES);

        assertThat(vigil.listCounters.list()).isEmpty();
        assertThatThrownBy(() -> vigil.removeCounter.remove(MESSAGES))
                .isInstanceOf(UnknownCounter.class).hasMessage("counter 'messages_last_24h' not found");
    }
}
