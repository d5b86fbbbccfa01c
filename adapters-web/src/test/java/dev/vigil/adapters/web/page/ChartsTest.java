package dev.vigil.adapters.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The server-side SVG charts: the numbers they draw and the words they say on hover and focus. */
class ChartsTest {
    private static final LocalDate DAY = LocalDate.parse("2026-03-01");

    private static UptimeBars.Day day(int offset, double uptime, int incidents) {
        return new UptimeBars.Day(DAY.plusDays(offset), OptionalDouble.of(uptime), incidents, false);
    }

    @Test
    void uptimeBars_drawOneBarPerDay_colouredAndSizedByUptime_andLabelled() {
        UptimeBars bars = UptimeBars.of(List.of(day(0, 99.95, 0), day(1, 99.5, 1), day(2, 97, 2), day(3, 80.123, 3),
                new UptimeBars.Day(DAY.plusDays(4), OptionalDouble.empty(), 0, false),
                new UptimeBars.Day(DAY.plusDays(5), OptionalDouble.empty(), 0, true)), OptionalDouble.of(94.5));

        assertThat(bars.segments()).extracting(UptimeBars.Segment::css)
                .containsExactly("u-good", "u-fair", "u-poor", "u-bad", "u-none", "u-maint");
        assertThat(bars.segments()).extracting(UptimeBars.Segment::x).as("in days").containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(bars.segments()).extracting(UptimeBars.Segment::width).containsOnly("0.75");
        assertThat(bars.segments()).extracting(UptimeBars.Segment::fill).containsOnlyNulls();
        assertThat(bars.width()).as("six days but the last one's gap").isEqualTo("5.75");
        assertThat(bars.segments().get(0).label()).isEqualTo("2026-03-01: 99.95 % uptime, no incidents");
        assertThat(bars.segments().get(1).label()).isEqualTo("2026-03-02: 99.50 % uptime, 1 incident");
        assertThat(bars.segments().get(3).label()).isEqualTo("2026-03-04: 80.12 % uptime, 3 incidents");
        assertThat(bars.segments().get(4).label()).isEqualTo("2026-03-05: no data, no incidents");
        assertThat(bars.segments().get(5).label()).isEqualTo("2026-03-06: maintenance, not counted, no incidents");
        assertThat(bars.caption()).isEqualTo("Uptime per day over the last 6 days");
        assertThat(bars.summary()).isEqualTo("94.50 % uptime over the last 6 days, incidents on 3 days");
        assertThat(bars.startLabel()).isEqualTo("5 days ago");
        assertThat(UptimeBars.of(List.of(), OptionalDouble.empty()).isEmpty()).isTrue();
    }

    @Test
    void perfectDays_shareOneShapeBehindTheOthers_andAlikeDaysWithoutDataShareOneToo() {
        List<UptimeBars.Day> days = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            days.add(i < 10 ? new UptimeBars.Day(DAY.plusDays(i), OptionalDouble.empty(), 0, false)
                    : i == 30 || i == 31 ? new UptimeBars.Day(DAY.plusDays(i), OptionalDouble.empty(), 0, true)
                    : day(i, i == 50 ? 90.0 : 100.0, i == 60 ? 1 : 0));
        }

        UptimeBars bars = UptimeBars.of(days, OptionalDouble.of(99.9));

        assertThat(bars.segments()).extracting(UptimeBars.Segment::label).containsExactly(
                "All other days from 2026-03-11 to 2026-05-29: 100.00 % uptime, no incidents",
                "2026-03-01 to 2026-03-10: no data, no incidents",
                "2026-03-31 to 2026-04-01: maintenance, not counted, no incidents",
                "2026-04-20: 90.00 % uptime, no incidents",
                "2026-04-30: 100.00 % uptime, 1 incident");
        UptimeBars.Segment perfect = bars.segments().get(0);
        assertThat(perfect.x()).isEqualTo(10);
        assertThat(perfect.width()).as("80 bars and the 79 gaps between them").isEqualTo("79.75");
        assertThat(perfect.fill()).isEqualTo("url(#bars-good)");
        assertThat(perfect.css()).isEqualTo("run");
        assertThat(bars.segments()).extracting(UptimeBars.Segment::x).containsExactly(10, 0, 30, 50, 60);
        assertThat(bars.segments()).extracting(UptimeBars.Segment::fill).containsExactly("url(#bars-good)",
                "url(#bars-none)", "url(#bars-maint)", null, null);
        assertThat(bars.width()).isEqualTo("89.75");
    }

    @Test
    void perfectDaysOnly_areOneShapeNamingTheirDates_withoutAllOther() {
        List<UptimeBars.Day> days = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            days.add(i < 5 ? new UptimeBars.Day(DAY.plusDays(i), OptionalDouble.empty(), 0, false) : day(i, 100.0, 0));
        }

        assertThat(UptimeBars.of(days, OptionalDouble.of(100)).segments()).extracting(UptimeBars.Segment::label)
                .containsExactly("2026-03-06 to 2026-05-29: 100.00 % uptime, no incidents",
                        "2026-03-01 to 2026-03-05: no data, no incidents");
        assertThat(UptimeBars.of(List.of(day(0, 100, 0)), OptionalDouble.of(100)).segments())
                .extracting(UptimeBars.Segment::label).containsExactly("2026-03-01: 100.00 % uptime, no incidents");
    }

    @Test
    void uptimeBars_renderAsSvg_withATitleForHover_andFocusableLabelledShapes() {
        List<UptimeBars.Day> days = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            days.add(day(i, i == 89 ? 90.0 : 100.0, i == 89 ? 1 : 0));
        }

        String svg = new String(Templates.precompiled().render("chart/uptime.jte", UptimeBars.of(days,
                OptionalDouble.of(99.89))));

        assertThat(svg).contains("<svg viewBox=\"0 0 89.75 34\"").contains("role=\"group\"")
                .contains("aria-label=\"Uptime per day over the last 90 days\"");
        assertThat(svg.split("<rect ", -1)).hasSize(3);
        assertThat(svg).contains("<rect class=\"run\" fill=\"url(#bars-good)\" x=\"0\" width=\"88.75\" "
                + "height=\"34\" tabindex=\"0\" role=\"img\"><title>2026-03-01 to 2026-05-28: 100.00 % uptime, no incidents"
                + "</title></rect>");
        assertThat(svg).contains("<rect class=\"u-bad\" x=\"89\" width=\"0.75\" height=\"34\" tabindex=\"0\""
                + " role=\"img\"><title>2026-05-29: 90.00 % uptime, 1 incident</title></rect>");
        assertThat(svg).contains("99.89 % uptime over the last 90 days, incidents on 1 day").contains("89 days ago");
    }

    @Test
    void theBarPatterns_areDefinedOncePerPage_withTheIdsTheRunsUse() throws java.io.IOException {
        String defs = new String(Templates.precompiled().render("chart/defs.jte", null));

        for (String css : List.of("u-good", "u-none", "u-maint")) {
            assertThat(defs).as("a tile a day wide holding a bar as wide as a single day's")
                    .contains("<pattern id=\"" + UptimeBars.patternId(css) + "\" width=\"1\" height=\"34\"")
                    .contains("<rect class=\"" + css + "\" width=\"" + UptimeBars.BAR + "\" height=\"34\"");
        }
        assertThat(defs).as("worse days are shorter, not just redder: a poor day's top 8 of 34, a bad day's 16, blank")
                .contains("<linearGradient id=\"bar-poor\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"1\"><stop class=\"blank\" "
                        + "offset=\"0.235\"></stop><stop class=\"poor\" offset=\"0.235\">")
                .contains("<linearGradient id=\"bar-bad\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"1\"><stop class=\"blank\" "
                        + "offset=\"0.471\"></stop><stop class=\"bad\" offset=\"0.471\">");
        String css = new String(Templates.class.getResourceAsStream("/dev/vigil/adapters/web/assets/vigil.css").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(css).as("the charts' poor and bad days take those fills")
                .contains(".uptime .u-poor { fill: url(#bar-poor); } .uptime .u-bad { fill: url(#bar-bad); }");
    }

    @Test
    void sparkline_placesEachHourAtItsPlace_scalesTheSlowestToTheTop_andSummarises() {
        Instant start = Instant.parse("2026-03-01T00:00:00Z");
        Sparkline line = Sparkline.of(List.of(new Sparkline.Point(start, 0),
                new Sparkline.Point(start.plus(Duration.ofHours(1)), 100),
                new Sparkline.Point(start.plus(Duration.ofHours(5)), 50)), start, 24);

        assertThat(line.path()).as("from the first point, each next one by its step").isEqualTo("M0,22l5,-20 20,10");
        assertThat(line.width()).isEqualTo(115);
        assertThat(line.summary())
                .isEqualTo("Response time, hourly average over the last 24 hours: 0 to 100 ms, latest 50 ms");
        String svg = new String(Templates.precompiled().render("chart/sparkline.jte", line));
        assertThat(svg).contains("<path d=\"M0,22l5,-20 20,10\">")
                .contains("<title>Response time, hourly average over the last 24 hours: 0 to 100 ms, latest 50 ms</title>");
    }

    @Test
    void barPercentages_areWrittenAsTheFormatterWritesThem_halfUp_withTwoDecimals() {
        var random = new java.util.Random(7);
        List<Double> values = new ArrayList<>(List.of(0.0, 100.0, 99.995, 99.994999, 1.005, 0.125, 12.345, 99.9999,
                50.0, 9.999));
        for (int i = 0; i < 10_000; i++) {
            values.add(random.nextDouble() * 100);
            values.add(Math.round(random.nextDouble() * 100_000) / 1000.0);
        }

        for (double v : values) {
            assertThat(UptimeBars.percent(v)).as("%s", v).isEqualTo(String.format(java.util.Locale.ROOT, "%.2f %%", v));
        }
    }

    @Test
    void sparkline_needsTwoPoints_andRefusesNegativeLatency() {
        Instant t = Instant.parse("2026-03-01T00:00:00Z");

        assertThat(Sparkline.of(List.of(new Sparkline.Point(t, 5)), t, 24).isEmpty()).isTrue();
        assertThat(Sparkline.of(List.of(new Sparkline.Point(t, 0), new Sparkline.Point(t.plusSeconds(3600), 0)), t, 24)
                .path()).isEqualTo("M0,22l5,0");
        assertThatThrownBy(() -> new Sparkline.Point(t, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void publicReasons_keepWhatWentWrong_butNotTheAddressesOfTheNetwork() {
        assertThat(PublicReason.of("connection to db.internal:5432 refused")).isEqualTo("connection to the service refused");
        assertThat(PublicReason.of("cannot connect to 10.0.0.5:5432: Connection refused"))
                .isEqualTo("cannot connect to the service: Connection refused");
        assertThat(PublicReason.of("TLS handshake with api.example.com failed: its certificate is not trusted"))
                .isEqualTo("TLS handshake with the service failed: its certificate is not trusted");
        assertThat(PublicReason.of("more than 10 redirects (a redirect loop?), last to http://10.1.2.3/x?y=1"))
                .isEqualTo("more than 10 redirects (a redirect loop?), last to the service");
        assertThat(PublicReason.of("no connection to [fd00::1]:80 within 5000 ms"))
                .isEqualTo("no connection to the service within 5000 ms");
        assertThat(PublicReason.of("no connection to fe80::1:2:3 within 5000 ms"))
                .isEqualTo("no connection to the service within 5000 ms");
        assertThat(PublicReason.of("cannot connect to cache:6379: timed out")).isEqualTo("cannot connect to the service: timed out");
        assertThat(PublicReason.of("HTTP 503 (expected 2xx)")).isEqualTo("HTTP 503 (expected 2xx)");
        assertThat(PublicReason.of("no answer within 10000 ms")).isEqualTo("no answer within 10000 ms");
    }

    @Test
    void theHeatMap_hasAColumnPerWeek_startingOnMonday_andListsTheDaysThatWereNotPerfectInWords() {
        LocalDate wednesday = LocalDate.parse("2026-03-04");
        List<UptimeBars.Day> days = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            days.add(new UptimeBars.Day(wednesday.plusDays(i), OptionalDouble.of(i == 3 ? 97.5 : 100), i == 8 ? 2 : 0,
                    false));
        }

        HeatMap map = HeatMap.of(days);

        assertThat(map.cells().get(0).x()).isZero();
        assertThat(map.cells().get(0).y()).as("Wednesday is the third row").isEqualTo(2 * HeatMap.PITCH);
        assertThat(map.cells().get(5).x()).as("the next Monday starts a column").isEqualTo(HeatMap.PITCH);
        assertThat(map.cells().get(5).y()).isZero();
        assertThat(map.cells().get(3).css()).isEqualTo("u-poor");
        assertThat(map.width()).isEqualTo(2 * HeatMap.PITCH - 3);
        assertThat(map.notable()).containsExactly("2026-03-07: 97.50 % uptime, no incidents",
                "2026-03-12: 100.00 % uptime, 2 incidents");
    }

    @Test
    void theLatencyChart_drawsTheAverageAndThe95thPercentile_andGivesTheHoursAsATable() {
        Instant start = Instant.parse("2026-03-01T00:00:00Z");
        var hours = List.of(
                new dev.vigil.application.port.in.status.StatusTrends.HourLatency(start,
                        stats(List.of(10L, 20L, 30L), 1)),
                new dev.vigil.application.port.in.status.StatusTrends.HourLatency(start.plus(Duration.ofHours(23)),
                        stats(List.of(40L, 40L), 0)));

        LatencyChart chart = LatencyChart.of(hours, start, 24);

        assertThat(chart.average().split(" ")).hasSize(2);
        assertThat(chart.average()).startsWith(LatencyChart.LEFT + ",");
        assertThat(chart.average().split(" ")[1]).startsWith((LatencyChart.WIDTH - 4) + ",");
        assertThat(chart.top()).isEqualTo("40 ms");
        assertThat(chart.summary()).isEqualTo(
                "Response time over the last 24 hours: average 28 ms, hourly 95th percentile up to 40 ms");
        assertThat(chart.hours()).extracting(LatencyChart.Hour::hour).containsExactly("03-01 00:00", "03-01 23:00");
        assertThat(chart.hours().get(0).failures()).isEqualTo(1);
        assertThat(chart.hours().get(0).average()).isEqualTo("20 ms");
        assertThat(LatencyChart.of(List.of(), start, 24).isEmpty()).isTrue();
    }

    private static dev.vigil.domain.check.ResultStats stats(List<Long> latencies, int failures) {
        var id = new dev.vigil.domain.system.DependencyId(1);
        var total = dev.vigil.domain.check.ResultStats.EMPTY;
        for (long ms : latencies) {
            total = total.merge(dev.vigil.domain.check.ResultStats.of(dev.vigil.domain.check.CheckResult.up(id,
                    Instant.EPOCH, Duration.ofMillis(ms), java.util.Optional.of(200))));
        }
        for (int i = 0; i < failures; i++) {
            total = total.merge(dev.vigil.domain.check.ResultStats.of(dev.vigil.domain.check.CheckResult.down(id,
                    Instant.EPOCH, Duration.ZERO, java.util.Optional.empty(), "x")));
        }
        return total;
    }
}
