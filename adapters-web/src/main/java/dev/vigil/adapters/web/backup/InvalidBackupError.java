package dev.vigil.adapters.web.backup;

import java.util.List;

/** The 400 answer to a backup document that cannot be loaded: the first problem, and every problem found. */
public record InvalidBackupError(String error, List<String> errors) {
}
