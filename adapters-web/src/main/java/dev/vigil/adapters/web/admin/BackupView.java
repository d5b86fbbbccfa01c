package dev.vigil.adapters.web.admin;

import dev.vigil.adapters.web.backup.ImportResponse;
import java.util.List;
import java.util.Locale;

/**
 * Backup and restore ({@code /admin/backup}): the download links, the restore form, and what the last restore
 * loaded (each section's count and what could not be carried over), or why it was refused.
 */
public record BackupView(AdminChrome chrome, FormState restore, Loaded loaded, List<String> problems,
                         String uploadLimit) {

    /** What a restore loaded. */
    public record Loaded(String mode, String version, List<Count> counts, List<String> errors) {
        public boolean present() {
            return !mode.isEmpty();
        }
    }

    /** One section of the document and how many of its entities were loaded. */
    public record Count(String section, int count) {
    }

    static BackupView from(AdminChrome chrome, FormState restore, ImportResponse result, List<String> problems,
                           long uploadLimit) {
        Loaded loaded = result == null ? new Loaded("", "", List.of(), List.of())
                : new Loaded(result.mode(), result.version(), result.imported().entrySet().stream()
                        .map(e -> new Count(e.getKey().replace('_', ' '), e.getValue())).toList(), result.errors());
        return new BackupView(chrome, restore, loaded, List.copyOf(problems), megabytes(uploadLimit));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%d MiB", Math.max(1, bytes / (1024 * 1024)));
    }
}
