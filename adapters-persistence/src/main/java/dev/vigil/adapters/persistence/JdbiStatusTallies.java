package dev.vigil.adapters.persistence;

import dev.vigil.application.port.out.StatusTallies;
import dev.vigil.domain.uptime.DayTally;
import dev.vigil.domain.uptime.Subject;
import dev.vigil.domain.uptime.TimelineState;
import dev.vigil.domain.uptime.UptimeTally;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Day tallies in the {@code status_day_tallies} table, summed by SQL. */
public final class JdbiStatusTallies implements StatusTallies {
    private final SqliteDatabase database;

    public JdbiStatusTallies(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<LocalDate> firstDay() {
        return database.read(h -> h.attach(StatusTallyDao.class).firstDay()).map(LocalDate::ofEpochDay);
    }

    @Override
    public Optional<LocalDate> lastDay() {
        return database.read(h -> h.attach(StatusTallyDao.class).lastDay()).map(LocalDate::ofEpochDay);
    }

    @Override
    public void saveDay(LocalDate day, Collection<DayTally> tallies) {
        for (DayTally t : tallies) {
            if (!t.day().equals(day)) {
                throw new IllegalArgumentException("a tally of " + t.day() + " is not one of " + day);
            }
        }
        database.write(h -> {
            StatusTallyDao dao = h.attach(StatusTallyDao.class);
            Optional<Long> last = dao.lastDay();
            if (last.isPresent() && last.get() + 1 != day.toEpochDay()) {
                throw new IllegalStateException("day " + day + " does not follow the last tallied day "
                        + LocalDate.ofEpochDay(last.get()));
            }
            dao.markTallied(day.toEpochDay());
            if (!tallies.isEmpty()) {
                dao.insert(tallies.stream().map(DayTallyRow::of).toList());
            }
            return null;
        });
    }

    @Override
    public Map<Subject, TimelineState> endStates(LocalDate day) {
        List<DayTallyRow> rows = database.read(h -> h.attach(StatusTallyDao.class).ofDay(day.toEpochDay()));
        Map<Subject, TimelineState> states = new HashMap<>();
        rows.forEach(r -> states.put(r.subject(), r.atEnd()));
        return states;
    }

    @Override
    public Map<Subject, UptimeTally> sum(LocalDate first, LocalDate last) {
        Map<Subject, UptimeTally> sums = new HashMap<>();
        if (last.isBefore(first)) {
            return sums;
        }
        database.read(h -> h.attach(StatusTallyDao.class).sum(first.toEpochDay(), last.toEpochDay()))
                .forEach(r -> sums.put(r.subject(), r.tally()));
        return sums;
    }
}
