package dev.vigil.adapters.web.check;

import dev.vigil.application.port.in.check.DailyUptime;
import java.time.LocalDate;

/** One UTC day of a dependency's check results; {@code uptime_percent} is null on a day without results. */
public record UptimePointResponse(LocalDate date, Double uptimePercent, long totalChecks, long failedChecks,
                                  String status) {

    public static UptimePointResponse of(DailyUptime day) {
        return new UptimePointResponse(day.date(),
                day.stats().count() == 0 ? null : LatencyResponse.round(day.stats().uptimePercent()),
                day.stats().count(), day.stats().failures(), day.status().wireName());
    }
}
