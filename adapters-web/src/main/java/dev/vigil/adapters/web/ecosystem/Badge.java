package dev.vigil.adapters.web.ecosystem;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.vigil.application.port.in.status.StatusTrends.DayUptime;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.uptime.UptimeFigures;
import dev.vigil.domain.uptime.UptimeTally;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A badge: a label, a message and a colour, drawn as a flat shields-style SVG or written in shields.io's endpoint
 * format. Text is escaped for XML; widths are estimated from the characters (no font metrics on a server).
 *
 * @param color a shields.io colour name
 */
public record Badge(String label, String message, String color) {
    public Badge {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(color, "color");
    }

    /**
     * The endpoint format of shields.io ({@code https://shields.io/badges/endpoint-badge}): camelCase as shields.io
     * reads it, unlike the rest of the API.
     */
    public record Shields(@JsonProperty("schemaVersion") int schemaVersion, String label, String message, String color,
                          @JsonProperty("cacheSeconds") int cacheSeconds) {
    }

    static Badge status(String name, Status status) {
        return switch (status) {
            case OPERATIONAL -> new Badge(name, "operational", "brightgreen");
            case DEGRADED -> new Badge(name, "degraded", "yellow");
            case OUTAGE -> new Badge(name, "outage", "red");
            case MAINTENANCE -> new Badge(name, "maintenance", "blue");
            case UNKNOWN -> new Badge(name, "no data", "lightgrey");
        };
    }

    /** Time operational ÷ counted time over the last {@code days} days (today included), never rounded up to 100 %. */
    static Badge uptime(List<DayUptime> history, int days) {
        String label = "uptime " + days + "d";
        List<DayUptime> last = history.subList(Math.max(0, history.size() - days), history.size());
        UptimeTally total = last.stream().map(DayUptime::tally).reduce(UptimeTally.ZERO, UptimeTally::plus);
        if (total.countedMs() == 0) {
            return new Badge(label, "no data", "lightgrey");
        }
        double percent = UptimeFigures.percent(total.operationalMs(), total.countedMs());
        String shown = BigDecimal.valueOf(percent).setScale(2, RoundingMode.DOWN).stripTrailingZeros().toPlainString();
        String color = percent >= 99.9 ? "brightgreen" : percent >= 99 ? "green" : percent >= 95 ? "yellow"
                : percent >= 90 ? "orange" : "red";
        return new Badge(label, shown + "%", color);
    }

    Shields shields(int cacheSeconds) {
        return new Shields(1, label, message, color, cacheSeconds);
    }

    byte[] svg() {
        String hex = hex(color);
        int left = width(label) + 10;
        int right = width(message) + 10;
        int total = left + right;
        String l = escape(label);
        String m = escape(message);
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + total + "\" height=\"20\" role=\"img\""
                + " aria-label=\"" + l + ": " + m + "\">"
                + "<title>" + l + ": " + m + "</title>"
                + "<linearGradient id=\"s\" x2=\"0\" y2=\"100%\"><stop offset=\"0\" stop-color=\"#bbb\" stop-opacity=\".1\"/>"
                + "<stop offset=\"1\" stop-opacity=\".1\"/></linearGradient>"
                + "<clipPath id=\"r\"><rect width=\"" + total + "\" height=\"20\" rx=\"3\" fill=\"#fff\"/></clipPath>"
                + "<g clip-path=\"url(#r)\"><rect width=\"" + left + "\" height=\"20\" fill=\"#555\"/>"
                + "<rect x=\"" + left + "\" width=\"" + right + "\" height=\"20\" fill=\"" + hex + "\"/>"
                + "<rect width=\"" + total + "\" height=\"20\" fill=\"url(#s)\"/></g>"
                + "<g fill=\"#fff\" text-anchor=\"middle\" font-family=\"Verdana,Geneva,DejaVu Sans,sans-serif\""
                + " font-size=\"11\">"
                + "<text x=\"" + (left / 2.0) + "\" y=\"15\" fill=\"#010101\" fill-opacity=\".3\">" + l + "</text>"
                + "<text x=\"" + (left / 2.0) + "\" y=\"14\">" + l + "</text>"
                + "<text x=\"" + (left + right / 2.0) + "\" y=\"15\" fill=\"#010101\" fill-opacity=\".3\">" + m + "</text>"
                + "<text x=\"" + (left + right / 2.0) + "\" y=\"14\">" + m + "</text></g></svg>";
        return svg.getBytes(StandardCharsets.UTF_8);
    }

    private static String hex(String color) {
        return switch (color) {
            case "brightgreen" -> "#4c1";
            case "green" -> "#97ca00";
            case "yellow" -> "#dfb317";
            case "orange" -> "#fe7d37";
            case "red" -> "#e05d44";
            case "blue" -> "#007ec6";
            default -> "#9f9f9f";
        };
    }

    /** Roughly Verdana 11 px: narrow, wide and ordinary characters. */
    static int width(String text) {
        return text.codePoints().map(c -> {
            if ("iljtfI!.,:;'|() ".indexOf(c) >= 0) {
                return 4;
            }
            if ("mwMW@%".indexOf(c) >= 0) {
                return 11;
            }
            return Character.isUpperCase(c) || Character.isDigit(c) ? 8 : 7;
        }).sum();
    }

    /** Escapes text for XML content and attribute values, dropping characters XML cannot carry. */
    static String escape(String text) {
        String clean = XmlText.clean(text);
        StringBuilder out = new StringBuilder(clean.length() + 16);
        clean.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
