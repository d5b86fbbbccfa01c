package dev.vigil.adapters.web.ecosystem;

import dev.vigil.application.port.in.status.PublicMaintenance;
import dev.vigil.domain.maintenance.MaintenanceState;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * {@code /maintenance.ics}: an iCalendar (RFC 5545) of the public maintenance windows in progress or to come, one
 * VEVENT per window naming its systems. UIDs are {@code maintenance-<id>@vigil}, so a calendar that subscribes keeps
 * one event per window when it is rescheduled; times are UTC; text values are escaped (backslash, semicolon, comma,
 * line breaks) and lines folded at 75 octets without splitting a character.
 */
final class MaintenanceCalendar {
    static final String CONTENT_TYPE = "text/calendar; charset=utf-8";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int LINE_OCTETS = 75;

    private MaintenanceCalendar() {
    }

    static byte[] of(PublicView view) {
        StringBuilder out = new StringBuilder(2048);
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Vigil//Maintenance calendar//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(view.pageName() + " maintenance"));
        line(out, "X-PUBLISHED-TTL:PT1H");
        view.maintenance().stream()
                .filter(m -> m.state() == MaintenanceState.SCHEDULED || m.state() == MaintenanceState.IN_PROGRESS)
                .sorted(Comparator.comparing(PublicMaintenance::startsAt))
                .forEach(m -> event(out, view, m));
        line(out, "END:VCALENDAR");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void event(StringBuilder out, PublicView view, PublicMaintenance m) {
        String systems = m.systems().isEmpty() ? "All systems"
                : view.concerned(m.systems()).stream().map(l -> l.system().name()).collect(Collectors.joining(", "));
        String description = (m.description().isBlank() ? "" : m.description() + "\n\n") + "Systems: " + systems;
        line(out, "BEGIN:VEVENT");
        line(out, "UID:maintenance-" + m.id().value() + "@vigil");
        line(out, "DTSTAMP:" + utc(m.updatedAt()));
        line(out, "CREATED:" + utc(m.createdAt()));
        line(out, "LAST-MODIFIED:" + utc(m.updatedAt()));
        line(out, "DTSTART:" + utc(m.startsAt()));
        line(out, "DTEND:" + utc(m.endsAt()));
        line(out, "SUMMARY:" + text(m.title()));
        line(out, "DESCRIPTION:" + text(description));
        line(out, "CATEGORIES:" + text("Maintenance"));
        line(out, "STATUS:CONFIRMED");
        line(out, "TRANSP:TRANSPARENT");
        line(out, "URL:" + uri(view.statusPage()));
        line(out, "END:VEVENT");
    }

    private static String utc(Instant at) {
        return UTC.format(at);
    }

    /** A TEXT value (RFC 5545 §3.3.11): control characters dropped, backslash, semicolon, comma and newline escaped. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        String normalised = value.replace("\r\n", "\n").replace('\r', '\n');
        normalised.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c == '\t' || (c >= 0x20 && c != 0x7F)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** A URI value carries no control characters or spaces. */
    private static String uri(String value) {
        return value.codePoints().filter(c -> c > 0x20 && c != 0x7F)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** Appends a content line, folded at 75 octets (UTF-8) with CRLF and a space, never inside a character. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int c = content.codePointAt(i);
            int size = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > LINE_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(c);
            octets += size;
            i += Character.charCount(c);
        }
        out.append("\r\n");
    }
}
