package dev.vigil.adapters.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.adapters.notifications.Receiver.Reply;
import dev.vigil.application.fakes.InMemoryVigil;
import dev.vigil.application.port.in.dependency.AddDependencyCommand;
import dev.vigil.application.port.in.dependency.ChangeDependencyStatusCommand;
import dev.vigil.application.port.in.system.CreateSystemCommand;
import dev.vigil.application.port.in.webhook.RegisterWebhookCommand;
import dev.vigil.application.service.AttemptDeliveryService;
import dev.vigil.domain.outbound.OutboundPolicy;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.Criticality;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.webhook.AttemptOutcome;
import dev.vigil.domain.webhook.BackoffSchedule;
import dev.vigil.domain.webhook.Delivery;
import dev.vigil.domain.webhook.DeliveryAttempt;
import dev.vigil.domain.webhook.DeliveryState;
import dev.vigil.domain.webhook.WebhookType;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The delivery worker with the real HTTP sender against a loopback receiver, over the in-memory outbox and a clock
 * the test moves: retries after errors, Retry-After, timeouts, dead deliveries, and a restart mid-send.
 */
class DeliveryWorkerTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private final InMemoryVigil vigil = new InMemoryVigil();
    private final Receiver receiver = new Receiver();
    private final List<DeliveryWorker> workers = new ArrayList<>();
    private Dependency db;

    @BeforeEach
    void aSystemWithADatabase() {
        var api = vigil.createSystem.create(CreateSystemCommand.named("Checkout API"));
        db = vigil.addDependency.add(new AddDependencyCommand(api.id(), "PostgreSQL", "", Criticality.CRITICAL));
    }

    @AfterEach
    void stop() {
        workers.forEach(DeliveryWorker::close);
        receiver.close();
    }

    private void subscribe(WebhookType type) {
        vigil.registerWebhook.register(new RegisterWebhookCommand("Ops", type, Optional.of(receiver.url("/hook")),
                Optional.empty(), Optional.empty(), Optional.of("whsec_worker-test-secret"), Optional.empty(), Set.of(), true));
    }

    private DeliveryWorker worker(Duration sendTimeout) {
        var sender = new HttpWebhookSender(new SenderSettings(sendTimeout, URI.create(receiver.url("/telegram")),
                Optional.empty(), "Vigil-Webhook/test"), OutboundPolicy.DEFAULT);
        var attempt = new AttemptDeliveryService(vigil.webhooks, vigil.outbox, sender, vigil.transactions,
                BackoffSchedule.DEFAULT, () -> Long.MIN_VALUE, vigil.clock);
        DeliveryWorker worker = new DeliveryWorker(vigil.claimDueDeliveries, attempt, vigil.releaseDeliveryClaims,
                vigil.pruneDeliveries, new DeliveryWorker.Settings(2, Duration.ofMillis(50), Duration.ofHours(1),
                Duration.ofMillis(300)));
        workers.add(worker);
        worker.start();
        return worker;
    }

    private void dbDown() {
        vigil.changeDependencyStatus.change(new ChangeDependencyStatusCommand(db.id(), Status.OUTAGE, "Connection refused"));
    }

    private Delivery delivery() {
        return vigil.outbox.all().get(0);
    }

    private static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + WAIT + ": " + what);
            }
            Thread.sleep(10);
        }
    }

    private void eventuallyAttempts(int count) throws InterruptedException {
        eventually(count + " attempts", () -> !vigil.outbox.all().isEmpty() && delivery().attempts().size() >= count);
    }

    @Test
    void aStatusChange_reachesTheReceiver_once() throws Exception {
        subscribe(WebhookType.GENERIC);
        worker(Duration.ofSeconds(5));

        dbDown();

        var request = receiver.await(1, WAIT).get(0);
        eventually("delivered", () -> delivery().state() == DeliveryState.DELIVERED);
        assertThat(request.header("X-Vigil-Delivery")).isEqualTo(delivery().id().toString());
        assertThat(request.json().get("events")).hasSize(2);
        Thread.sleep(300);
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void aServerError_isTriedAgainAfterTheBackoff_withTheSameIdAndBody() throws Exception {
        subscribe(WebhookType.SLACK);
        receiver.answer(Reply.status(500, "try later"));
        DeliveryWorker worker = worker(Duration.ofSeconds(5));
        dbDown();
        eventuallyAttempts(1);
        assertThat(delivery().state()).isEqualTo(DeliveryState.PENDING);
        assertThat(delivery().attempts().get(0).error()).isEqualTo("HTTP 500: try later");

        vigil.clock.advance(Duration.ofSeconds(61));
        worker.nudge();

        eventually("delivered", () -> delivery().state() == DeliveryState.DELIVERED);
        var requests = receiver.received();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).header("X-Vigil-Delivery")).isEqualTo(requests.get(0).header("X-Vigil-Delivery"));
        assertThat(requests.get(1).body()).isEqualTo(requests.get(0).body());
        assertThat(delivery().attempts()).extracting(DeliveryAttempt::outcome)
                .containsExactly(AttemptOutcome.FAILED, AttemptOutcome.DELIVERED);
    }

    @Test
    void tooManyRequests_waitsForRetryAfter() throws Exception {
        subscribe(WebhookType.GENERIC);
        receiver.answer(Reply.status(429).withHeader("Retry-After", "7"));
        DeliveryWorker worker = worker(Duration.ofSeconds(5));
        dbDown();
        eventuallyAttempts(1);

        vigil.clock.advance(Duration.ofSeconds(6));
        worker.nudge();
        Thread.sleep(300);
        assertThat(receiver.received()).as("6 s after a Retry-After of 7 s").hasSize(1);

        vigil.clock.advance(Duration.ofSeconds(2));
        worker.nudge();
        eventually("delivered", () -> delivery().state() == DeliveryState.DELIVERED);
        assertThat(receiver.received()).hasSize(2);
        assertThat(delivery().attempts().get(0).statusCode()).contains(429);
    }

    @Test
    void aTimeout_isAFailedAttempt_triedAgainLater() throws Exception {
        subscribe(WebhookType.GENERIC);
        receiver.answer(Reply.status(200).after(Duration.ofSeconds(10)));
        DeliveryWorker worker = worker(Duration.ofSeconds(1));
        dbDown();
        eventuallyAttempts(1);

        assertThat(delivery().attempts().get(0).outcome()).isEqualTo(AttemptOutcome.FAILED);
        assertThat(delivery().attempts().get(0).error()).isEqualTo("no answer within 1 s");
        vigil.clock.advance(Duration.ofMinutes(2));
        worker.nudge();
        eventually("delivered", () -> delivery().state() == DeliveryState.DELIVERED);
    }

    @Test
    void aPermanentFailure_endsDead_afterOneAttempt() throws Exception {
        subscribe(WebhookType.GENERIC);
        receiver.answer(Reply.status(404, "no such hook"));
        DeliveryWorker worker = worker(Duration.ofSeconds(5));
        dbDown();

        eventually("dead", () -> !vigil.outbox.all().isEmpty() && delivery().state() == DeliveryState.DEAD);
        vigil.clock.advance(Duration.ofDays(2));
        worker.nudge();
        Thread.sleep(300);
        assertThat(receiver.received()).hasSize(1);
        assertThat(delivery().attempts()).singleElement().satisfies(a -> assertThat(a.error()).isEqualTo("HTTP 404: no such hook"));
    }

    @Test
    void aReceiverThatKeepsFailing_endsDead_afterTheLastOfTenAttempts() throws Exception {
        subscribe(WebhookType.GENERIC);
        for (int i = 0; i < 10; i++) {
            receiver.answer(Reply.status(502));
        }
        DeliveryWorker worker = worker(Duration.ofSeconds(5));
        dbDown();

        for (int n = 1; n <= 10; n++) {
            eventuallyAttempts(n);
            if (n < 10) {
                assertThat(delivery().state()).isEqualTo(DeliveryState.PENDING);
                vigil.clock.set(delivery().dueAt());
                worker.nudge();
            }
        }

        eventually("dead", () -> delivery().state() == DeliveryState.DEAD);
        assertThat(receiver.received()).hasSize(10);
        Duration span = Duration.between(delivery().attempts().get(0).at(), delivery().attempts().get(9).at());
        assertThat(span).isBetween(Duration.ofHours(22), Duration.ofHours(24));
    }

    @Test
    void aRestartInTheMiddleOfSending_stillDelivers_underTheSameId() throws Exception {
        subscribe(WebhookType.GENERIC);
        CountDownLatch hold = new CountDownLatch(1);
        receiver.answer(Reply.status(200).heldBy(hold));
        DeliveryWorker first = worker(Duration.ofSeconds(30));
        dbDown();
        receiver.await(1, WAIT);

        first.close();
        hold.countDown();
        assertThat(delivery().attempts()).as("the interrupted send is not recorded").isEmpty();
        assertThat(delivery().leasedUntil()).as("its claim is left behind").isPresent();

        worker(Duration.ofSeconds(30));

        eventually("delivered after the restart", () -> delivery().state() == DeliveryState.DELIVERED);
        var requests = receiver.received();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).header("X-Vigil-Delivery")).isEqualTo(requests.get(0).header("X-Vigil-Delivery"));
        assertThat(requests.get(1).json().get("events")).isEqualTo(requests.get(0).json().get("events"));
    }
}
