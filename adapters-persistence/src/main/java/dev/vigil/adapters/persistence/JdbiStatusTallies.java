package dev.vigil.adapters.persistence;

import dev.vigil.application.port.out.StatusTallies;
import dev.vigil.domain.uptime.DayTally;
import dev.vigil.domain.uptime.Subject;
import dev.vigil.domain.uptime.TimelineState;
import dev.vigil.domain.uptime.UptimeTally;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Day tallies in the {@code status_day_tallies} table. A sum over days is the difference of two rows' running
 * totals, and the longest outage the larger of two sparse-table entries: three rows per subject, however long the
 * range (up to 512 days; longer ranges are summed by SQL).
 */
public final class JdbiStatusTallies implements StatusTallies {
    private static final int SPARSE_RANGE = 2 << DayTallyRow.MAX_BLOCK;

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
            long d = day.toEpochDay();
            if (last.isPresent() && last.get() + 1 != d) {
                throw new IllegalStateException("day " + day + " does not follow the last tallied day "
                        + LocalDate.ofEpochDay(last.get()));
            }
            List<Long> earlierDays = new ArrayList<>();
            for (int k = 1; k <= DayTallyRow.MAX_BLOCK; k++) {
                earlierDays.add(d - (1L << (k - 1)));
            }
            Map<Long, Map<Subject, DayTallyRow>> earlier = byDay(dao.ofDays(earlierDays));
            List<DayTallyRow> rows = new ArrayList<>();
            for (DayTally t : tallies) {
                DayTallyRow[] back = new DayTallyRow[DayTallyRow.MAX_BLOCK + 1];
                for (int k = 1; k <= DayTallyRow.MAX_BLOCK; k++) {
                    back[k] = earlier.getOrDefault(d - (1L << (k - 1)), Map.of()).get(t.subject());
                }
                rows.add(DayTallyRow.of(t, back[1], back));
            }
            dao.markTallied(d);
            if (!rows.isEmpty()) {
                dao.insert(rows);
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
        long from = first.toEpochDay();
        long to = last.toEpochDay();
        long days = to - from + 1;
        if (days > SPARSE_RANGE) {
            database.read(h -> h.attach(StatusTallyDao.class).sum(from, to)).forEach(r -> sums.put(r.subject(),
                    r.tally()));
            return sums;
        }
        int k = 63 - Long.numberOfLeadingZeros(days);
        long blockEnd = from + (1L << k) - 1;
        Map<Long, Map<Subject, DayTallyRow>> rows = byDay(database.read(h -> h.attach(StatusTallyDao.class)
                .ofDays(List.of(from - 1, blockEnd, to))));
        Map<Subject, DayTallyRow> atEnd = rows.getOrDefault(to, Map.of());
        Map<Subject, DayTallyRow> before = rows.getOrDefault(from - 1, Map.of());
        Map<Subject, DayTallyRow> atBlockEnd = rows.getOrDefault(blockEnd, Map.of());
        for (Map.Entry<Subject, DayTallyRow> e : atEnd.entrySet()) {
            DayTallyRow inFirstBlock = atBlockEnd.get(e.getKey());
            long longest = Math.max(e.getValue().block(k), inFirstBlock == null ? 0 : inFirstBlock.block(k));
            sums.put(e.getKey(), e.getValue().since(before.get(e.getKey()), longest));
        }
        return sums;
    }

    @Override
    public Map<Subject, SortedMap<LocalDate, UptimeTally>> daily(Subject.Kind kind, LocalDate first, LocalDate last) {
        Map<Subject, SortedMap<LocalDate, UptimeTally>> out = new HashMap<>();
        if (last.isBefore(first)) {
            return out;
        }
        database.read(h -> h.attach(StatusTallyDao.class).ofKindBetween(Columns.name(kind), first.toEpochDay(),
                last.toEpochDay())).forEach(r -> out.computeIfAbsent(r.subject(), s -> new TreeMap<>())
                .put(LocalDate.ofEpochDay(r.day()), r.tally()));
        return out;
    }

    private static Map<Long, Map<Subject, DayTallyRow>> byDay(List<DayTallyRow> rows) {
        Map<Long, Map<Subject, DayTallyRow>> map = new HashMap<>();
        rows.forEach(r -> map.computeIfAbsent(r.day(), d -> new HashMap<>()).put(r.subject(), r));
        return map;
    }
}
