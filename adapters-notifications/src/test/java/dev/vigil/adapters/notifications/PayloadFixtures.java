package dev.vigil.adapters.notifications;

import dev.vigil.application.port.out.Dispatch;
import dev.vigil.domain.event.EventType;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.status.StatusSource;
import dev.vigil.domain.webhook.EventFilter;
import dev.vigil.domain.webhook.EventId;
import dev.vigil.domain.webhook.EventRecord;
import dev.vigil.domain.webhook.Fact;
import dev.vigil.domain.webhook.SigningSecret;
import dev.vigil.domain.webhook.SystemRef;
import dev.vigil.domain.webhook.Webhook;
import dev.vigil.domain.webhook.WebhookFixtures;
import dev.vigil.domain.webhook.WebhookId;
import dev.vigil.domain.webhook.WebhookTarget;
import dev.vigil.domain.webhook.WebhookType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The messages whose exact payloads the tests and docs/notifications.md show. */
final class PayloadFixtures {
    static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    static final String SECRET = "whsec_example-secret-0123456789";
    static final SystemRef CHECKOUT = WebhookFixtures.system(1, "Checkout API");

    private PayloadFixtures() {
    }

    static Webhook webhook(WebhookType type, String url) {
        WebhookTarget target = type == WebhookType.TELEGRAM
                ? new WebhookTarget.TelegramChat(WebhookFixtures.BOT_TOKEN, "-1001234567890")
                : new WebhookTarget.Endpoint(url);
        return Webhook.register(new WebhookId(7), "Ops", type, target, SigningSecret.of(SECRET), EventFilter.DEFAULT,
                true, AT);
    }

    /** PostgreSQL, a critical dependency of Checkout API, is down; the roll-up names it as the cause. */
    static Dispatch databaseOutage() {
        EventRecord dependency = WebhookFixtures.dependencyChange(16, CHECKOUT, WebhookFixtures.dependency(3, "PostgreSQL"),
                Status.OPERATIONAL, Status.OUTAGE, "Connection refused", StatusSource.MANUAL, AT);
        EventRecord rollup = WebhookFixtures.systemChange(17, CHECKOUT, Status.OPERATIONAL, Status.OUTAGE,
                "Dependency PostgreSQL is red", StatusSource.ROLLUP,
                Optional.of(WebhookFixtures.dependency(3, "PostgreSQL")), AT);
        return new Dispatch("42", "status_change", List.of(dependency, rollup), AT.plusSeconds(1));
    }

    /** An event stored without the facts its wording needs (as an older Vigil stored them): told the generic way. */
    static Dispatch incidentOpenedWithoutFacts() {
        EventRecord incident = new EventRecord(new EventId(20), EventType.INCIDENT_OPENED, AT,
                "Incident opened: Checkout errors", List.of(CHECKOUT), Optional.empty(),
                List.of(new Fact("impact", "Impact", "major")));
        return new Dispatch("43", "incident_opened", List.of(incident), AT.plusSeconds(2));
    }

    static final SystemRef BILLING = WebhookFixtures.system(2, "Billing");
    static final Instant WINDOW_START = Instant.parse("2026-03-07T02:00:00Z");
    static final Instant WINDOW_END = Instant.parse("2026-03-07T04:00:00Z");

    /** One event of every kind but status changes, as docs/notifications.md shows them (and the names of the files). */
    enum Kind {
        HEARTBEAT_MISSING, INCIDENT_OPENED, INCIDENT_UPDATED, INCIDENT_RESOLVED, MAINTENANCE_SCHEDULED,
        MAINTENANCE_STARTED, MAINTENANCE_COMPLETED, SLA_BREACH;

        String wireName() {
            return type().wireName();
        }

        EventType type() {
            return EventType.valueOf(name());
        }

        Dispatch dispatch() {
            return switch (this) {
                case HEARTBEAT_MISSING -> one(21, "44", AT, "Checkout API / Nightly export: heartbeat missing (last ping "
                        + "2026-03-01T10:58:00Z, due by 2026-03-01T11:59:00Z)", List.of(CHECKOUT),
                        Fact.number("dependency_id", "Dependency id", 5),
                        Fact.text("dependency_name", "Dependency", "Nightly export"),
                        Fact.time("last_ping_at", "Last ping", Instant.parse("2026-03-01T10:58:00Z")),
                        Fact.time("due_by", "Due by", Instant.parse("2026-03-01T11:59:00Z")));
                case INCIDENT_OPENED -> one(22, "45", AT, "Incident #7 opened (major, manual): Checkout errors (affects "
                        + "Checkout API): Customers see errors when paying; we are investigating.", List.of(CHECKOUT),
                        Fact.number("incident_id", "Incident", 7),
                        Fact.text("title", "Title", "Checkout errors"),
                        Fact.text("impact", "Impact", "major"),
                        Fact.text("origin", "Opened", "manual"),
                        Fact.time("started_at", "Started", Instant.parse("2026-03-01T11:55:00Z")),
                        Fact.text("message", "Message", "Customers see errors when paying; we are investigating."));
                case INCIDENT_UPDATED -> one(23, "46", AT, "Incident #7 updated: Checkout errors [state: identified -> "
                        + "monitoring]: A fix is deployed; we are watching the error rate.", List.of(CHECKOUT),
                        Fact.number("incident_id", "Incident", 7),
                        Fact.text("title", "Title", "Checkout errors"),
                        Fact.text("impact", "Impact", "major"),
                        Fact.text("state", "State", "monitoring"),
                        Fact.text("changes", "Changes", "state: identified -> monitoring"),
                        Fact.text("message", "Message", "A fix is deployed; we are watching the error rate."));
                case INCIDENT_RESOLVED -> one(24, "47", AT, "Incident #7 resolved after 12 min: Checkout errors (affects "
                        + "Checkout API): Payments work again; a postmortem follows.", List.of(CHECKOUT),
                        Fact.number("incident_id", "Incident", 7),
                        Fact.text("title", "Title", "Checkout errors"),
                        Fact.text("impact", "Impact", "major"),
                        Fact.text("origin", "Opened", "manual"),
                        Fact.time("started_at", "Started", Instant.parse("2026-03-01T11:48:00Z")),
                        Fact.time("resolved_at", "Resolved", AT),
                        Fact.number("duration_seconds", "Lasted (s)", 720),
                        Fact.text("message", "Message", "Payments work again; a postmortem follows."));
                case MAINTENANCE_SCHEDULED -> one(25, "48", AT, "Maintenance #3 scheduled: Database upgrade from "
                        + "2026-03-07T02:00:00Z to 2026-03-07T04:00:00Z (Checkout API, Billing)", List.of(CHECKOUT, BILLING),
                        maintenance(false, false, Fact.flag("rescheduled", "Rescheduled", false)));
                case MAINTENANCE_STARTED -> one(26, "49", WINDOW_START, "Maintenance #3 started: Database upgrade until "
                        + "2026-03-07T04:00:00Z (Checkout API, Billing)", List.of(CHECKOUT, BILLING),
                        maintenance(false, false, null));
                case MAINTENANCE_COMPLETED -> one(27, "50", WINDOW_END, "Maintenance #3 completed: Database upgrade "
                        + "(Checkout API, Billing)", List.of(CHECKOUT, BILLING),
                        maintenance(true, false, null));
                case SLA_BREACH -> one(28, "51", Instant.parse("2026-03-20T12:00:00Z"), "SLA breach: Checkout API exhausted "
                        + "its error budget for the month from 2026-03-01T00:00:00Z to 2026-04-01T00:00:00Z (availability "
                        + "99.812%, target 99.900%)", List.of(CHECKOUT),
                        Fact.number("breach_id", "Breach", 2),
                        Fact.text("period", "Period", "month"),
                        Fact.time("period_start", "Period start", Instant.parse("2026-03-01T00:00:00Z")),
                        Fact.time("period_end", "Period end", Instant.parse("2026-04-01T00:00:00Z")),
                        Fact.number("sla_target", "SLA target (%)", 99.9),
                        Fact.number("availability_percent", "Availability (%)", 99.812),
                        Fact.number("error_budget_seconds", "Error budget (s)", 2678.4),
                        Fact.number("budget_spent_seconds", "Budget spent (s)", 3168.0));
            };
        }

        private Dispatch one(long id, String delivery, Instant at, String summary, List<SystemRef> systems,
                             Fact... facts) {
            EventRecord event = new EventRecord(new EventId(id), type(), at, summary, systems, Optional.empty(),
                    List.of(facts));
            return new Dispatch(delivery, wireName(), List.of(event), at.plusSeconds(1));
        }
    }

    /** The facts of maintenance #3, "Database upgrade" of Checkout API and Billing; {@code extra} may be null. */
    static Fact[] maintenance(boolean completed, boolean cancelled, Fact extra) {
        List<Fact> facts = new java.util.ArrayList<>(List.of(
                Fact.number("maintenance_id", "Maintenance", 3),
                Fact.text("title", "Title", "Database upgrade"),
                Fact.text("description", "Description", "PostgreSQL 16 to 17; checkout is read-only meanwhile."),
                Fact.time("starts_at", "Starts", WINDOW_START),
                Fact.time("ends_at", "Ends", WINDOW_END)));
        if (completed) {
            facts.add(Fact.flag("cancelled", "Cancelled", cancelled));
            facts.add(Fact.flag("started", "Started", true));
        }
        facts.add(Fact.flag("all_systems", "All systems", false));
        if (extra != null) {
            facts.add(extra);
        }
        return facts.toArray(Fact[]::new);
    }
}
