package dev.vigil.adapters.notifications;

import static dev.vigil.adapters.notifications.PayloadFixtures.AT;
import static dev.vigil.adapters.notifications.PayloadFixtures.CHECKOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.application.port.out.Dispatch;
import dev.vigil.domain.event.EventType;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.status.StatusSource;
import dev.vigil.domain.webhook.DependencyRef;
import dev.vigil.domain.webhook.EventRecord;
import dev.vigil.domain.webhook.WebhookFixtures;
import dev.vigil.domain.webhook.WebhookType;
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
}
