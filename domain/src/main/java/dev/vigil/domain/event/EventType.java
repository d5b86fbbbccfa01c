package dev.vigil.domain.event;

import java.util.Locale;

/** The kinds of event people can subscribe to (webhooks choose among these). */
public enum EventType {
    STATUS_CHANGE,
    INCIDENT_OPENED,
    INCIDENT_UPDATED,
    INCIDENT_RESOLVED,
    MAINTENANCE_SCHEDULED,
    MAINTENANCE_STARTED,
    MAINTENANCE_COMPLETED,
    SLA_BREACH,
    HEARTBEAT_MISSING;

    /** The wire name, e.g. {@code status_change}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventType fromWire(String value) {
        if (value != null) {
            String name = value.strip().toUpperCase(Locale.ROOT);
            for (EventType type : values()) {
                if (type.name().equals(name)) {
                    return type;
                }
            }
        }
        throw new IllegalArgumentException("event must be one of status_change, incident_opened, incident_updated, "
                + "incident_resolved, maintenance_scheduled, maintenance_started, maintenance_completed, sla_breach, "
                + "heartbeat_missing");
    }
}
