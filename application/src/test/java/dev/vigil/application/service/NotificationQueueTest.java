package dev.vigil.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.application.fakes.InMemoryVigil;
import dev.vigil.application.fakes.RecordingWebhookSender.Sent;
import dev.vigil.application.port.in.dependency.AddDependencyCommand;
import dev.vigil.application.port.in.dependency.ChangeDependencyStatusCommand;
import dev.vigil.application.port.in.system.ChangeSystemStatusCommand;
import dev.vigil.application.port.in.system.CreateSystemCommand;
import dev.vigil.application.port.in.webhook.RegisterWebhookCommand;
import dev.vigil.domain.event.DomainEvent;
import dev.vigil.domain.event.EventType;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.status.StatusSource;
import dev.vigil.domain.system.Criticality;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.webhook.Delivery;
import dev.vigil.domain.webhook.EventRecord;
import dev.vigil.domain.webhook.StatusChangeFacts;
import dev.vigil.domain.webhook.Webhook;
import dev.vigil.domain.webhook.WebhookType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which events reach the outbox, for whom, merged how, and what maintenance silences. */
class NotificationQueueTest {
    private final InMemoryVigil vigil = new InMemoryVigil();
    private MonitoredSystem api;
    private Dependency db;

    /** An event of a kind this code has no renderer for (incidents arrive with another issue). */
    record SomethingElseHappened(EventType type, Instant occurredAt, Set<SystemId> systems, String summary)
            implements DomainEvent {
    }

    @BeforeEach
    void aSystemWithACriticalDatabase() {
        api = vigil.createSystem.create(CreateSystemCommand.named("Checkout API"));
        db = vigil.addDependency.add(new AddDependencyCommand(api.id(), "PostgreSQL", "", Criticality.CRITICAL));
    }

    private Webhook subscribe(Set<EventType> events, Set<SystemId> systems) {
        return vigil.registerWebhook.register(new RegisterWebhookCommand("Ops", WebhookType.SLACK,
                Optional.of("https://hooks.slack.com/x"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(events), systems, true)).webhook();
    }

    private Webhook subscribe() {
        return subscribe(Set.of(EventType.STATUS_CHANGE), Set.of());
    }

    private void setDb(Status status, String message) {
        vigil.changeDependencyStatus.change(new ChangeDependencyStatusCommand(db.id(), status, message));
    }

    private List<StatusChangeFacts> facts(Sent sent) {
        return sent.dispatch().events().stream().map(e -> e.statusChange().orElseThrow()).toList();
    }

    @Test
    void withoutWebhooks_nothingIsKept() {
        setDb(Status.OUTAGE, "refused");

        assertThat(vigil.outbox.all()).isEmpty();
        assertThat(vigil.outbox.allEvents()).isEmpty();
    }

    @Test
    void aCriticalDependencysOutage_makesOneMessage_namingTheCause() {
        subscribe();

        setDb(Status.OUTAGE, "Connection refused");

        Delivery delivery = vigil.outbox.all().get(0);
        assertThat(vigil.outbox.all()).hasSize(1);
        assertThat(delivery.events()).hasSize(2);
        assertThat(delivery.dueAt()).isEqualTo(vigil.clock.instant());
        assertThat(vigil.deliverDue()).isEqualTo(1);
        Sent sent = vigil.sender.sent().get(0);
        assertThat(sent.dispatch().deliveryId()).isEqualTo(delivery.id().toString());
        assertThat(sent.dispatch().event()).isEqualTo("status_change");
        List<StatusChangeFacts> changes = facts(sent);
        assertThat(changes.get(0).dependency()).hasValueSatisfying(d -> assertThat(d.name()).isEqualTo("PostgreSQL"));
        assertThat(changes.get(0).message()).isEqualTo("Connection refused");
        assertThat(changes.get(1).isAboutDependency()).isFalse();
        assertThat(changes.get(1).source()).isEqualTo(StatusSource.ROLLUP);
        assertThat(changes.get(1).cause()).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("PostgreSQL"));
        assertThat(sent.dispatch().events().get(0).systems().get(0).name()).isEqualTo("Checkout API");
        assertThat(sent.dispatch().events().get(0).systems().get(0).slug()).contains("checkout-api");
    }

    @Test
    void aFlappingDependency_makesOneMessagePerWindow() {
        subscribe();
        setDb(Status.OUTAGE, "down");
        vigil.deliverDue();
        vigil.clock.advance(Duration.ofSeconds(5));
        setDb(Status.OPERATIONAL, "up");
        vigil.clock.advance(Duration.ofSeconds(5));
        setDb(Status.OUTAGE, "down again");
        vigil.clock.advance(Duration.ofSeconds(5));
        setDb(Status.OPERATIONAL, "up again");

        assertThat(vigil.deliverDue()).as("the window of the first message still runs").isZero();
        assertThat(vigil.outbox.all()).hasSize(2);
        vigil.clock.advance(Duration.ofSeconds(15));
        assertThat(vigil.deliverDue()).isEqualTo(1);

        Sent merged = vigil.sender.sent().get(1);
        assertThat(facts(merged)).hasSize(6);
        assertThat(facts(merged)).extracting(StatusChangeFacts::to).containsExactly(
                Status.OPERATIONAL, Status.OPERATIONAL, Status.OUTAGE, Status.OUTAGE, Status.OPERATIONAL, Status.OPERATIONAL);
    }

    @Test
    void aChangeAfterAQuietSpell_goesOutAtOnce() {
        subscribe();
        setDb(Status.OUTAGE, "down");
        vigil.deliverDue();
        vigil.clock.advance(Duration.ofMinutes(5));

        setDb(Status.OPERATIONAL, "up");

        assertThat(vigil.deliverDue()).isEqualTo(1);
        assertThat(vigil.sender.sent()).hasSize(2);
    }

    @Test
    void filters_pickEventsAndSystems_andDisabledWebhooksGetNothing() {
        MonitoredSystem billing = vigil.createSystem.create(CreateSystemCommand.named("Billing"));
        Webhook billingOnly = subscribe(Set.of(EventType.STATUS_CHANGE), Set.of(billing.id()));
        Webhook slaOnly = subscribe(Set.of(EventType.SLA_BREACH), Set.of());
        Webhook everything = subscribe();
        Webhook disabled = subscribe();
        vigil.updateWebhook.update(new dev.vigil.application.port.in.webhook.UpdateWebhookCommand(disabled.id(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(false)));

        setDb(Status.DEGRADED, "slow");
        vigil.changeSystemStatus.change(new ChangeSystemStatusCommand(billing.id(), Status.OUTAGE, "billing down"));

        assertThat(vigil.outbox.all()).extracting(Delivery::webhook)
                .containsExactlyInAnyOrder(everything.id(), everything.id(), billingOnly.id());
        assertThat(vigil.outbox.all()).extracting(Delivery::webhook).doesNotContain(slaOnly.id(), disabled.id());
    }

    @Test
    void anEventOfAnotherKind_isDeliveredWithItsSummaryAndSystemNames() {
        subscribe(Set.of(EventType.INCIDENT_OPENED), Set.of(api.id()));
        Instant at = vigil.clock.instant();

        vigil.transactions.run(() -> vigil.events.publish(new SomethingElseHappened(EventType.INCIDENT_OPENED, at,
                Set.of(api.id()), "Incident opened: Checkout errors")));
        vigil.deliverDue();

        Sent sent = vigil.sender.sent().get(0);
        assertThat(sent.dispatch().event()).isEqualTo("incident_opened");
        EventRecord record = sent.dispatch().events().get(0);
        assertThat(record.type()).isEqualTo(EventType.INCIDENT_OPENED);
        assertThat(record.summary()).isEqualTo("Incident opened: Checkout errors");
        assertThat(record.systems()).singleElement().satisfies(s -> assertThat(s.name()).isEqualTo("Checkout API"));
        assertThat(record.statusChange()).isEmpty();
        assertThat(record.occurredAt()).isEqualTo(at);
    }

    @Test
    void anEventAboutNoSystemInParticular_reachesWebhooksWithASystemFilter() {
        subscribe(Set.of(EventType.MAINTENANCE_STARTED), Set.of(api.id()));

        vigil.events.publish(new SomethingElseHappened(EventType.MAINTENANCE_STARTED, vigil.clock.instant(), Set.of(),
                "Maintenance of everything started"));

        assertThat(vigil.outbox.all()).hasSize(1);
    }

    @Test
    void otherKinds_areNeverMerged() {
        subscribe(Set.of(EventType.INCIDENT_UPDATED), Set.of());

        for (int i = 0; i < 3; i++) {
            vigil.events.publish(new SomethingElseHappened(EventType.INCIDENT_UPDATED, vigil.clock.instant(),
                    Set.of(api.id()), "update " + i));
        }

        assertThat(vigil.outbox.all()).hasSize(3).allSatisfy(d -> assertThat(d.coalesceKey()).isEmpty());
    }

    @Test
    void aMaintenanceWindow_silencesStatusNotificationsOfItsSystems() {
        subscribe(Set.of(EventType.STATUS_CHANGE, EventType.HEARTBEAT_MISSING, EventType.INCIDENT_OPENED), Set.of());
        vigil.maintenance.start(api.id());

        setDb(Status.OUTAGE, "planned restart");
        vigil.events.publish(new SomethingElseHappened(EventType.HEARTBEAT_MISSING, vigil.clock.instant(),
                Set.of(api.id()), "nightly job did not ping"));
        vigil.events.publish(new SomethingElseHappened(EventType.INCIDENT_OPENED, vigil.clock.instant(),
                Set.of(api.id()), "Incident opened"));

        assertThat(vigil.outbox.all()).singleElement().satisfies(d -> assertThat(d.type()).isEqualTo(EventType.INCIDENT_OPENED));
        vigil.maintenance.end(api.id());
        setDb(Status.OPERATIONAL, "back");
        assertThat(vigil.outbox.all()).hasSize(2);
    }

    @Test
    void aSystemInMaintenanceByHand_tellsOfItsOwnChanges_butNotOfItsDependencies() {
        subscribe();
        vigil.changeSystemStatus.change(new ChangeSystemStatusCommand(api.id(), Status.MAINTENANCE, "upgrading"));
        vigil.deliverDue();
        vigil.clock.advance(Duration.ofMinutes(5));

        setDb(Status.OUTAGE, "restarting");
        setDb(Status.OPERATIONAL, "restarted");
        assertThat(vigil.outbox.all()).as("dependency changes during maintenance").hasSize(1);

        vigil.changeSystemStatus.change(new ChangeSystemStatusCommand(api.id(), Status.OPERATIONAL, "done"));
        vigil.deliverDue();
        assertThat(vigil.sender.sent()).hasSize(2);
        assertThat(facts(vigil.sender.sent().get(1))).singleElement().satisfies(f -> {
            assertThat(f.from()).isEqualTo(Status.MAINTENANCE);
            assertThat(f.to()).isEqualTo(Status.OPERATIONAL);
        });
    }
}
