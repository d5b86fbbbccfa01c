package dev.vigil.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.application.port.in.dependency.AddDependencyCommand;
import dev.vigil.application.port.in.dependency.ChangeDependencyStatusCommand;
import dev.vigil.application.port.in.system.CreateSystemCommand;
import dev.vigil.application.port.in.webhook.RegisterWebhookCommand;
import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.application.port.out.MaintenanceCalendar;
import dev.vigil.application.service.AddDependencyService;
import dev.vigil.application.service.ChangeDependencyStatusService;
import dev.vigil.application.service.CreateSystemService;
import dev.vigil.application.service.QueueNotificationsService;
import dev.vigil.application.service.RegisterWebhookService;
import dev.vigil.domain.event.DomainEvent;
import dev.vigil.domain.log.StatusChanged;
import dev.vigil.domain.outbound.OutboundPolicy;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.Criticality;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.webhook.Coalescing;
import dev.vigil.domain.webhook.Delivery;
import dev.vigil.domain.webhook.EventRecord;
import dev.vigil.domain.webhook.Webhook;
import dev.vigil.domain.webhook.WebhookType;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox commits or rolls back with the status change that fills it, on a real SQLite file. */
class OutboxTransactionTest {
    @TempDir
    Path folder;
    private SqliteDatabase database;
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
    private JdbiSystems systems;
    private JdbiDependencies dependencies;
    private JdbiOutbox outbox;
    private JdbiTransactions transactions;
    private QueueNotificationsService queue;
    private Webhook webhook;
    private Dependency db;

    @BeforeEach
    void open() {
        database = SqliteDatabase.open(folder.resolve("vigil.db"));
        systems = new JdbiSystems(database);
        dependencies = new JdbiDependencies(database);
        outbox = new JdbiOutbox(database);
        transactions = new JdbiTransactions(database);
        JdbiWebhooks webhooks = new JdbiWebhooks(database);
        queue = new QueueNotificationsService(webhooks, outbox, systems, MaintenanceCalendar.NONE, Coalescing.DEFAULT,
                transactions, clock);
        var system = new CreateSystemService(systems, transactions, clock).create(CreateSystemCommand.named("Checkout API"));
        db = new AddDependencyService(systems, dependencies, new JdbiStatusLog(database), e -> { },
                new JdbiMaintenanceWindows(database), transactions, clock)
                .add(new AddDependencyCommand(system.id(), "PostgreSQL", "", Criticality.CRITICAL));
        webhook = new RegisterWebhookService(webhooks, systems, OutboundPolicy.DEFAULT, transactions, new SecureRandom(), clock)
                .register(new RegisterWebhookCommand("Ops", WebhookType.SLACK, Optional.of("https://hooks.slack.com/x"),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), true)).webhook();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void changeDb(EventPublisher events) {
        new ChangeDependencyStatusService(systems, dependencies, new JdbiStatusLog(database), events,
                new JdbiMaintenanceWindows(database), transactions, clock)
                .change(new ChangeDependencyStatusCommand(db.id(), Status.OUTAGE, "Connection refused"));
    }

    @Test
    void aCommittedChange_leavesOneDeliveryWithBothEvents() {
        changeDb(queue::queue);

        List<Delivery> deliveries = outbox.ofWebhook(webhook.id(), 10);
        assertThat(deliveries).singleElement().satisfies(d -> assertThat(d.events()).hasSize(2));
        List<EventRecord> events = outbox.events(deliveries.get(0).events());
        assertThat(events.get(0).statusChange().orElseThrow().message()).isEqualTo("Connection refused");
        assertThat(events.get(1).statusChange().orElseThrow().cause()).isPresent();
    }

    @Test
    void aChangeThatFailsAfterQueueing_leavesNeitherTheChangeNorTheNotification() {
        Consumer<DomainEvent> failOnRollUp = event -> {
            if (event instanceof StatusChanged changed && !changed.entry().change().isAboutDependency()) {
                throw new IllegalStateException("the roll-up fails");
            }
        };

        assertThatThrownBy(() -> changeDb(event -> {
            queue.queue(event);
            failOnRollUp.accept(event);
        })).hasMessage("the roll-up fails");

        assertThat(outbox.ofWebhook(webhook.id(), 10)).isEmpty();
        int events = database.read(h -> h.createQuery("SELECT COUNT(*) FROM notification_events").mapTo(Integer.class).one());
        assertThat(events).isZero();
        assertThat(dependencies.byId(db.id()).orElseThrow().status()).isEqualTo(Status.OPERATIONAL);
        assertThat(new JdbiStatusLog(database).latest(10)).isEmpty();
    }
}
