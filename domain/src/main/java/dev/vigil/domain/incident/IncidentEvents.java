package dev.vigil.domain.incident;

import java.time.Duration;
import java.util.List;

/** Wording shared by the incident events' summaries. */
final class IncidentEvents {
    private IncidentEvents() {
    }

    static String affecting(List<String> systemNames) {
        return systemNames.isEmpty() ? "" : " (affects " + String.join(", ", systemNames) + ")";
    }

    static String said(String message) {
        return message.isBlank() ? "" : ": " + message.replaceAll("[\\r\\n\\t]+", " ");
    }

    /** A duration as people say it: "45 s", "12 min", "3 h 5 min", "2 d 4 h". */
    static String human(Duration d) {
        long seconds = d.getSeconds();
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return hours + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        return hours / 24 + " d" + (hours % 24 == 0 ? "" : " " + hours % 24 + " h");
    }
}
