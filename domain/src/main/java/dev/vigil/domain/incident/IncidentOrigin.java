package dev.vigil.domain.incident;

import java.util.Locale;

/** Who opened an incident: a person, or Vigil because a system stayed in outage. */
public enum IncidentOrigin {
    MANUAL, AUTOMATIC;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
