package dev.vigil.adapters.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The server-side SVG charts: the numbers they draw and the words they say on hover and focus. */
class ChartsTest {
    private static final LocalDate DAY = LocalDate.parse("2026-03-01");

    @Test
    void uptimeBars_drawOneBarPerDay_colouredByUptime_andLabelled() {
        UptimeBars bars = UptimeBars.of(List.of(
                new UptimeBars.Day(DAY, OptionalDouble.of(100), 0),
                new UptimeBars.Day(DAY.plusDays(1), OptionalDouble.of(99.5), 1),
                new UptimeBars.Day(DAY.plusDays(2), OptionalDouble.of(97), 2),
                new UptimeBars.Day(DAY.plusDays(3), OptionalDouble.of(80.123), 3),
                new UptimeBars.Day(DAY.plusDays(4), OptionalDouble.empty(), 0)));

        assertThat(bars.bars()).extracting(UptimeBars.Bar::css).containsExactly("u-good", "u-fair", "u-poor", "u-bad", "u-none");
        assertThat(bars.bars()).extracting(UptimeBars.Bar::x).containsExactly(0, 8, 16, 24, 32);
        assertThat(bars.width()).isEqualTo(38);
        assertThat(bars.bars().get(0).label()).isEqualTo("2026-03-01: 100.00 % uptime, no incidents");
        assertThat(bars.bars().get(1).label()).isEqualTo("2026-03-02: 99.50 % uptime, 1 incident");
        assertThat(bars.bars().get(3).label()).isEqualTo("2026-03-04: 80.12 % uptime, 3 incidents");
        assertThat(bars.bars().get(4).label()).isEqualTo("2026-03-05: no data, no incidents");
        assertThat(bars.caption()).isEqualTo("Uptime over the last 5 days");
        assertThat(UptimeBars.of(List.of()).isEmpty()).isTrue();
    }

    @Test
    void uptimeBars_renderAsSvg_withATitleForHover_andAFocusableLabelledBar() {
        List<UptimeBars.Day> days = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            days.add(new UptimeBars.Day(DAY.plusDays(i), OptionalDouble.of(i == 89 ? 90.0 : 100.0), i == 89 ? 1 : 0));
        }

        String svg = new String(Templates.precompiled().render("chart/uptime.jte", UptimeBars.of(days)));

        assertThat(svg).contains("<svg viewBox=\"0 0 718 34\"").contains("role=\"img\"")
                .contains("aria-label=\"Uptime over the last 90 days\"");
        assertThat(svg.split("<rect ", -1)).hasSize(91);
        assertThat(svg).contains("<rect class=\"u-bad\" x=\"712\" y=\"0\" width=\"6\" height=\"34\" rx=\"1\" tabindex=\"0\" "
                + "aria-label=\"2026-05-29: 90.00 % uptime, 1 incident\"><title>2026-05-29: 90.00 % uptime, 1 incident</title></rect>");
    }

    @Test
    void sparkline_scalesTheSlowestPointToTheTop_andSummarises() {
        Instant t = Instant.parse("2026-03-01T00:00:00Z");
        Sparkline line = Sparkline.of(List.of(new Sparkline.Point(t, 0), new Sparkline.Point(t.plusSeconds(60), 100),
                new Sparkline.Point(t.plusSeconds(120), 50)));

        assertThat(line.points()).isEqualTo("0.0,23.0 60.0,1.0 120.0,12.0");
        assertThat(line.summary()).isEqualTo("Response time: last 50 ms, fastest 0 ms, slowest 100 ms");
        String svg = new String(Templates.precompiled().render("chart/sparkline.jte", line));
        assertThat(svg).contains("<polyline points=\"0.0,23.0 60.0,1.0 120.0,12.0\">")
                .contains("<title>Response time: last 50 ms, fastest 0 ms, slowest 100 ms</title>");
    }

    @Test
    void sparkline_needsTwoPoints_andRefusesNegativeLatency() {
        Instant t = Instant.parse("2026-03-01T00:00:00Z");

        assertThat(Sparkline.of(List.of(new Sparkline.Point(t, 5))).isEmpty()).isTrue();
        assertThat(Sparkline.of(List.of(new Sparkline.Point(t, 0), new Sparkline.Point(t, 0))).points())
                .isEqualTo("0.0,23.0 120.0,23.0");
        assertThatThrownBy(() -> new Sparkline.Point(t, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
