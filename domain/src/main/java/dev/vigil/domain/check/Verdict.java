package dev.vigil.domain.check;

import java.util.Locale;

/** What one check result says: the target answered well, answered well but slowly, or failed. */
public enum Verdict {
    UP, DEGRADED, DOWN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
