package dev.vigil.adapters.web.backup;

import dev.vigil.application.port.in.backup.ImportReport;
import java.util.List;
import java.util.Map;

/**
 * What an import did: the mode, the document's format version, how many entities of each section were loaded,
 * the predecessor's three counts under its own names, and what could not be carried over ({@code []} when none).
 */
public record ImportResponse(String mode, String version, Map<String, Integer> imported, int systemsImported,
                             int dependenciesImported, int logsImported, List<String> errors) {

    public static ImportResponse of(ImportReport report, String version) {
        return new ImportResponse(report.mode().wireName(), version, report.imported(), report.count("systems"),
                report.count("dependencies"), report.count("logs"), report.errors());
    }
}
