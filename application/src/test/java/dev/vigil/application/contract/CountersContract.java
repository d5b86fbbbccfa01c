package dev.vigil.application.contract;

import static dev.vigil.domain.system.SystemFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.application.port.out.Counters;
import dev.vigil.domain.counter.Counter;
import dev.vigil.domain.counter.CounterName;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link Counters} adapter must do. */
public abstract class CountersContract {
    protected abstract Counters counters();

    private Counter stored(String name, long value, int second) {
        Counter counter = Counter.create(new CounterName(name), value, Optional.empty(), T0.plusSeconds(second));
        counters().save(counter);
        return counter;
    }

    @Test
    void save_thenByName_returnsEveryField() {
        Counter counter = Counter.create(new CounterName("messages_last_24h"), -9_007_199_254_740_991L,
                Optional.of("Messages, last 24 h — “quoted”"), T0.plusMillis(7)).set(-9_007_199_254_740_991L,
                Optional.empty(), T0.plusSeconds(5));

        counters().save(counter);

        assertThat(counters().byName(counter.name())).get().usingRecursiveComparison().isEqualTo(counter);
    }

    @Test
    void save_ofAStoredName_replacesItsState() {
        Counter counter = stored("online_now", 3, 0);
        Counter changed = counter.set(4, Optional.of("Online now"), T0.plusSeconds(9));

        counters().save(changed);

        assertThat(counters().byName(counter.name())).get().usingRecursiveComparison().isEqualTo(changed);
        assertThat(counters().count()).isEqualTo(1);
    }

    @Test
    void all_isInTheOrderCountersWereFirstPushed_thenByName() {
        Counter late = stored("a_late", 1, 20);
        Counter second = stored("z_second", 1, 10);
        Counter first = stored("m_first", 1, 0);
        Counter sameTime = stored("b_same_time", 1, 10);

        counters().save(first.set(99, Optional.empty(), T0.plusSeconds(60)));

        assertThat(counters().all()).extracting(c -> c.name().value())
                .containsExactly("m_first", "b_same_time", "z_second", "a_late");
        assertThat(counters().all().get(0).value()).isEqualTo(99);
        assertThat(counters().count()).isEqualTo(4);
        assertThat(late).isNotNull();
        assertThat(second).isNotNull();
        assertThat(sameTime).isNotNull();
    }

    @Test
    void byName_ofNothing_isEmpty() {
        assertThat(counters().byName(new CounterName("nothing"))).isEmpty();
        assertThat(counters().all()).isEmpty();
        assertThat(counters().count()).isZero();
    }

    @Test
    void delete_removesOne_andSaysWhetherItExisted() {
        stored("a", 1, 0);
        Counter kept = stored("b", 2, 1);

        assertThat(counters().delete(new CounterName("a"))).isTrue();
        assertThat(counters().delete(new CounterName("a"))).isFalse();

        assertThat(counters().all()).containsExactly(kept);
    }
}
