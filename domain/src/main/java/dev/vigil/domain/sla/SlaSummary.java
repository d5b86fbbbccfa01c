package dev.vigil.domain.sla;

import java.util.Locale;

/**
 * SLA compliance in a word: {@code breached} once the period's error budget is exhausted, {@code at_risk} when
 * availability is below target so far or three quarters of the budget are gone, {@code good} once a quarter is
 * gone, else {@code excellent}.
 */
public enum SlaSummary {
    EXCELLENT, GOOD, AT_RISK, BREACHED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SlaSummary fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
