package dev.vigil.adapters.persistence;

import dev.vigil.application.port.out.Counters;
import dev.vigil.domain.counter.Counter;
import dev.vigil.domain.counter.CounterName;
import java.util.List;
import java.util.Optional;

/** Public counters in the {@code counters} table. */
public final class JdbiCounters implements Counters {
    private final SqliteDatabase database;

    public JdbiCounters(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public void save(Counter counter) {
        database.write(h -> {
            h.attach(CounterDao.class).upsert(CounterRow.of(counter));
            return null;
        });
    }

    @Override
    public Optional<Counter> byName(CounterName name) {
        return database.read(h -> h.attach(CounterDao.class).byName(name.value())).map(CounterRow::toDomain);
    }

    @Override
    public List<Counter> all() {
        return database.read(h -> h.attach(CounterDao.class).all()).stream().map(CounterRow::toDomain).toList();
    }

    @Override
    public int count() {
        return database.read(h -> h.attach(CounterDao.class).count());
    }

    @Override
    public boolean delete(CounterName name) {
        return database.write(h -> h.attach(CounterDao.class).delete(name.value())) > 0;
    }
}
