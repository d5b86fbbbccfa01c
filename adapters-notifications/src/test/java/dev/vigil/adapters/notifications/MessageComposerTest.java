package dev.vigil.adapters.notifications;

import static dev.vigil.adapters.notifications.PayloadFixtures.AT;
import static dev.vigil.adapters.notifications.PayloadFixtures.CHECKOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.application.port.out.Dispatch;
import dev.vigil.domain.event.EventType;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.status.StatusSource;
import dev.vigil.domain.webhook.DependencyRef;
import dev.vigil.domain.webhook.EventId;
import dev.vigil.domain.webhook.EventRecord;
import dev.vigil.domain.webhook.Fact;
import dev.vigil.domain.webhook.SystemRef;
import dev.vigil.domain.webhook.WebhookFixtures;
import dev.vigil.domain.webhook.WebhookType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessageComposerTest {
    private final MessageComposer composer = new MessageComposer(Optional.of("https://status.example.com"));
    private final DependencyRef redis = WebhookFixtures.dependency(4, "Redis");
    private final DependencyRef postgres = WebhookFixtures.dependency(3, "PostgreSQL");

    private Message compose(EventRecord... events) {
        return composer.compose(new Dispatch("1", events[0].type().wireName(), List.of(events), AT),
                PayloadFixtures.webhook(WebhookType.SLACK, "https://hooks.slack.com/x"));
    }

    private EventRecord system(long id, Status from, Status to, String message, StatusSource source, int second) {
        return WebhookFixtures.systemChange(id, CHECKOUT, from, to, message, source, Optional.empty(), AT.plusSeconds(second));
    }

    private EventRecord dependency(long id, DependencyRef d, Status from, Status to, String message, int second) {
        return WebhookFixtures.dependencyChange(id, CHECKOUT, d, from, to, message, StatusSource.CHECK, AT.plusSeconds(second));
    }

    @Test
    void mergedChanges_listEveryStep_andSinceTheFirst() {
        Message m = compose(system(1, Status.OPERATIONAL, Status.OUTAGE, "", StatusSource.MANUAL, 0),
                system(2, Status.OUTAGE, Status.OPERATIONAL, "", StatusSource.MANUAL, 10),
                system(3, Status.OPERATIONAL, Status.OUTAGE, "Deploy broke it", StatusSource.MANUAL, 20));

        assertThat(m.title()).isEqualTo("Checkout API: Outage");
        assertThat(m.lines()).containsExactly(
                "Checkout API changed 3 times: Operational → Outage → Operational → Outage.",
                "Reason: Deploy broke it");
        assertThat(m.fields()).containsExactly(new Message.Field("Since", "2026-03-01 12:00:00 UTC"),
                new Message.Field("Source", "manual"));
        assertThat(m.occurredAt()).isEqualTo(AT.plusSeconds(20));
        assertThat(m.tone()).isEqualTo(Tone.DANGER);
    }

    @Test
    void aDependencyAlone_isTheSubject() {
        Message m = compose(dependency(1, redis, Status.OPERATIONAL, Status.DEGRADED, "slow", 0));

        assertThat(m.heading()).isEqualTo("🟡 Checkout API / Redis: Degraded");
        assertThat(m.lines()).containsExactly("Redis (a dependency of Checkout API) went from Operational to Degraded.",
                "Reason: slow");
        assertThat(m.fields()).contains(new Message.Field("Source", "check"));
    }

    @Test
    void severalDependencies_areListed_underTheWorstTone() {
        Message m = compose(dependency(1, redis, Status.OPERATIONAL, Status.DEGRADED, "slow", 0),
                dependency(2, postgres, Status.OPERATIONAL, Status.OUTAGE, "", 1),
                dependency(3, redis, Status.DEGRADED, Status.OPERATIONAL, "", 2));

        assertThat(m.title()).isEqualTo("Checkout API: 2 dependencies changed");
        assertThat(m.lines()).containsExactly("Redis: Operational → Degraded → Operational", "PostgreSQL: Operational → Outage");
        assertThat(m.tone()).isEqualTo(Tone.DANGER);
    }

    @Test
    void aRollUp_namesItsCause_andOtherChangesSeparately() {
        EventRecord rollup = WebhookFixtures.systemChange(3, CHECKOUT, Status.OPERATIONAL, Status.OUTAGE,
                "Dependency PostgreSQL is red", StatusSource.ROLLUP, Optional.of(postgres), AT);

        Message m = compose(dependency(1, redis, Status.OPERATIONAL, Status.DEGRADED, "", 0),
                dependency(2, postgres, Status.OPERATIONAL, Status.OUTAGE, "timeout", 0), rollup);

        assertThat(m.lines()).containsExactly("Checkout API went from Operational to Outage.",
                "Cause: PostgreSQL is Outage: timeout");
        assertThat(m.fields()).contains(new Message.Field("Also changed", "Redis: Operational → Degraded"));
    }

    @Test
    void aRollUpWhoseCauseChangedEarlier_usesTheRollUpsOwnReason() {
        EventRecord rollup = WebhookFixtures.systemChange(3, CHECKOUT, Status.DEGRADED, Status.OUTAGE,
                "Dependency PostgreSQL is red", StatusSource.ROLLUP, Optional.of(postgres), AT);

        assertThat(compose(rollup).lines()).containsExactly("Checkout API went from Degraded to Outage.",
                "Cause: Dependency PostgreSQL is red");
    }

    @Test
    void links_goToTheSystemsPage_theStatusPage_orNowhere() {
        EventRecord two = WebhookFixtures.otherEvent(1, EventType.MAINTENANCE_SCHEDULED, "Database upgrade", AT,
                CHECKOUT, WebhookFixtures.system(2, "Billing"));

        assertThat(compose(two).link()).contains("https://status.example.com/status");
        assertThat(compose(two).title()).isEqualTo("Maintenance scheduled: Checkout API, Billing");
        assertThat(compose(two).tone()).isEqualTo(Tone.MAINTENANCE);
        Message noLink = new MessageComposer(Optional.empty()).compose(
                new Dispatch("1", "status_change", List.of(system(1, Status.OPERATIONAL, Status.DEGRADED, "", StatusSource.MANUAL, 0)), AT),
                PayloadFixtures.webhook(WebhookType.SLACK, "https://hooks.slack.com/x"));
        assertThat(noLink.link()).isEmpty();
    }

    @Test
    void everyKindOfEvent_hasALabelAToneAndAnEmoji() {
        for (EventType type : EventType.values()) {
            assertThat(MessageComposer.label(type)).isNotBlank().doesNotContain("_");
            assertThat(MessageComposer.emoji(type)).isNotBlank();
        }
        assertThat(MessageComposer.label(EventType.HEARTBEAT_MISSING)).isEqualTo("Heartbeat missing");
        assertThat(MessageComposer.tone(EventType.INCIDENT_RESOLVED)).isEqualTo(Tone.GOOD);
    }

    @Test
    void telegram_cutsAMessageThatIsTooLong_withoutBreakingAnEntity() {
        String cut = TelegramFormat.escapeWithin("a&b".repeat(10), 12);

        assertThat(cut).isEqualTo("a&amp;ba…");
        assertThat(cut.length()).isLessThanOrEqualTo(12);
    }

    // Every other kind: the variants the documented payloads do not show
    private static EventRecord event(EventType type, Instant at, List<SystemRef> systems, Fact... facts) {
        return new EventRecord(new EventId(9), type, at, "summary", systems, Optional.empty(), List.of(facts));
    }

    private static Fact[] completed(boolean cancelled, boolean started) {
        return new Fact[] {Fact.text("title", "Title", "Database upgrade"), Fact.text("description", "", ""),
                Fact.time("starts_at", "", PayloadFixtures.WINDOW_START), Fact.time("ends_at", "", PayloadFixtures.WINDOW_END),
                Fact.flag("cancelled", "", cancelled), Fact.flag("started", "", started),
                Fact.flag("all_systems", "", true)};
    }

    @Test
    void aMaintenanceCancelledWhileInProgress_endsEarly_andOneCalledOff_willNotTakePlace() {
        Message early = compose(event(EventType.MAINTENANCE_COMPLETED, PayloadFixtures.WINDOW_START.plusSeconds(2400),
                List.of(CHECKOUT), completed(true, true)));
        Message off = compose(event(EventType.MAINTENANCE_COMPLETED, AT, List.of(CHECKOUT), completed(true, false)));

        assertThat(early.heading()).isEqualTo("✅ Maintenance ended early: Database upgrade");
        assertThat(early.lines()).containsExactly(
                "All systems are out of maintenance after 40 min; status changes are notified again.");
        assertThat(early.fields()).contains(new Message.Field("Planned end", "2026-03-07 04:00:00 UTC"));
        assertThat(off.title()).isEqualTo("Maintenance called off: Database upgrade");
        assertThat(off.lines()).containsExactly("The maintenance of all systems will not take place.");
        assertThat(off.fields()).containsExactly(new Message.Field("Was to start", "2026-03-07 02:00:00 UTC"),
                new Message.Field("Was to end", "2026-03-07 04:00:00 UTC"));
    }

    @Test
    void anAutomaticIncident_saysVigilOpenedIt_andItsToneFollowsTheImpact() {
        Fact[] facts = {Fact.text("title", "", "Checkout API is down"), Fact.text("impact", "", "major"),
                Fact.text("origin", "", "automatic"), Fact.time("started_at", "", AT),
                Fact.text("message", "", "Checkout API has been in outage since 2026-03-01T12:00:00Z (2 min).")};
        Message automatic = compose(event(EventType.INCIDENT_OPENED, AT, List.of(CHECKOUT), facts));
        Message minor = compose(event(EventType.INCIDENT_OPENED, AT, List.of(), Fact.text("title", "", "Slow search"),
                Fact.text("impact", "", "minor"), Fact.text("origin", "", "manual"), Fact.time("started_at", "", AT),
                Fact.text("message", "", "")));

        assertThat(automatic.lines()).containsExactly("Vigil opened an incident affecting Checkout API (major impact).",
                "Checkout API has been in outage since 2026-03-01T12:00:00Z (2 min).");
        assertThat(automatic.fields()).contains(new Message.Field("Opened", "automatically"));
        assertThat(automatic.tone()).isEqualTo(Tone.DANGER);
        assertThat(minor.lines()).containsExactly("New incident (minor impact).");
        assertThat(minor.tone()).isEqualTo(Tone.WARNING);
    }

    @Test
    void aPublicUpdateAlone_isTold_asANewUpdate() {
        Message m = compose(event(EventType.INCIDENT_UPDATED, AT, List.of(CHECKOUT), Fact.text("title", "", "Checkout errors"),
                Fact.text("impact", "", "none"), Fact.text("state", "", "identified"),
                Fact.text("changes", "", "new public update"), Fact.text("message", "", "Rolling back.")));

        assertThat(m.lines()).containsExactly("New update on the incident affecting Checkout API.", "Rolling back.");
        assertThat(m.fields()).containsExactly(new Message.Field("State", "Identified"), new Message.Field("Impact", "None"));
        assertThat(m.tone()).isEqualTo(Tone.INFO);
    }

    @Test
    void aHeartbeatThatNeverPinged_saysSo() {
        Message m = compose(event(EventType.HEARTBEAT_MISSING, AT, List.of(CHECKOUT),
                Fact.text("dependency_name", "", "Backup"), Fact.time("last_ping_at", "", Optional.empty()),
                Fact.time("due_by", "", AT.minusSeconds(30))));

        assertThat(m.fields()).contains(new Message.Field("Last ping", "never"));
        assertThat(m.title()).isEqualTo("Checkout API / Backup: heartbeat missing");
    }

    @Test
    void anEventWithoutTheFactsItsWordingNeeds_isToldTheGenericWay() {
        Message m = compose(event(EventType.MAINTENANCE_STARTED, AT, List.of(CHECKOUT), Fact.flag("all_systems", "All systems", true),
                Fact.time("expected_end", "Expected end", AT)));

        assertThat(m.title()).isEqualTo("Maintenance started: Checkout API");
        assertThat(m.lines()).containsExactly("summary");
        assertThat(m.fields()).containsExactly(new Message.Field("All systems", "yes"),
                new Message.Field("Expected end", "2026-03-01 12:00:00 UTC"), new Message.Field("Time", "2026-03-01 12:00:00 UTC"));
    }

    @Test
    void namesDurationsAndPercentages_readAsPeopleSayThem() {
        List<SystemRef> seven = java.util.stream.LongStream.rangeClosed(1, 7)
                .mapToObj(i -> WebhookFixtures.system(i, "S" + i)).toList();

        assertThat(KindWording.names(seven)).isEqualTo("S1, S2, S3, S4, S5 and 2 more");
        assertThat(KindWording.names(seven.subList(0, 3))).isEqualTo("S1, S2 and S3");
        assertThat(KindWording.human(java.time.Duration.ofSeconds(2678))).isEqualTo("44 min 38 s");
        assertThat(KindWording.human(java.time.Duration.ofHours(26))).isEqualTo("1 d 2 h");
        assertThat(KindWording.percent("99.81234")).isEqualTo("99.812 %");
        assertThat(KindWording.percent("100")).isEqualTo("100 %");
    }
}
