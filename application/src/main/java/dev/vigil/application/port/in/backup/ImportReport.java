package dev.vigil.application.port.in.backup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What loading a backup did: how many entities of each section it loaded (in document order), and what it could
 * not carry over ({@code errors}, empty when everything was loaded).
 */
public record ImportReport(ImportMode mode, Map<String, Integer> imported, List<String> errors) {
    public ImportReport {
        Objects.requireNonNull(mode, "mode");
        imported = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(imported));
        errors = List.copyOf(errors);
    }

    public int count(String section) {
        return imported.getOrDefault(section, 0);
    }
}
