package dev.vigil.adapters.web.page;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A system's days as a heat map drawn as SVG on the server: a column per week, a row per weekday (Monday on top),
 * each cell coloured like the uptime bars and naming its date, uptime and incidents on hover (an SVG title) and as its
 * accessible name on focus. The days that were not perfect are also listed in words ({@link #notable()}), so that no
 * one needs to tell the colours apart.
 */
public record HeatMap(String caption, int width, int height, List<Cell> cells, List<String> notable) {
    static final int CELL = 11;
    static final int PITCH = 14;

    public HeatMap {
        Objects.requireNonNull(caption, "caption");
        cells = List.copyOf(cells);
        notable = List.copyOf(notable);
    }

    /** One day's cell. */
    public record Cell(int x, int y, String css, String label) {
    }

    public static HeatMap of(List<UptimeBars.Day> days) {
        if (days.isEmpty()) {
            return new HeatMap("", 0, 0, List.of(), List.of());
        }
        int offset = days.get(0).date().getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        List<Cell> cells = new ArrayList<>();
        List<String> notable = new ArrayList<>();
        int columns = 0;
        for (int i = 0; i < days.size(); i++) {
            UptimeBars.Day day = days.get(i);
            int slot = offset + i;
            int column = slot / 7;
            columns = column + 1;
            String label = day.date() + ": " + day.says();
            cells.add(new Cell(column * PITCH, (slot % 7) * PITCH, UptimeBars.css(day), label));
            boolean perfect = day.incidents() == 0
                    && (day.uptimePercent().isEmpty() || day.uptimePercent().getAsDouble() == 100.0);
            if (!perfect) {
                notable.add(label);
            }
        }
        return new HeatMap("Uptime per day over the last " + days.size() + " days, a column per week",
                columns * PITCH - (PITCH - CELL), 7 * PITCH - (PITCH - CELL), cells, notable);
    }

    public int cellSize() {
        return CELL;
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }
}
