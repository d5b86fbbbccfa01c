package dev.vigil.domain.incident;

import static dev.vigil.domain.system.SystemFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.domain.DomainRuleViolation;
import dev.vigil.domain.system.SystemId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class IncidentTest {
    private static final IncidentId ID = new IncidentId(4);
    private static final SystemId API = new SystemId(1);
    private static final Instant LATER = T0.plus(Duration.ofMinutes(30));

    private static Incident opened() {
        return Incident.open(ID, "Checkout errors", Impact.MAJOR, Set.of(API), "Elevated 5xx", UpdateVisibility.PUBLIC,
                "alice", T0, T0);
    }

    @Test
    void open_isInvestigating_withItsMessageAsTheFirstUpdate() {
        Incident incident = opened();

        assertThat(incident.state()).isEqualTo(IncidentState.INVESTIGATING);
        assertThat(incident.origin()).isEqualTo(IncidentOrigin.MANUAL);
        assertThat(incident.updates()).hasSize(1);
        assertThat(incident.updates().get(0).message()).isEqualTo("Elevated 5xx");
        assertThat(incident.updates().get(0).by()).isEqualTo("alice");
        assertThat(incident.resolvedAt()).isEmpty();
    }

    @Test
    void open_refusesAStartInTheFuture_aBlankTitle_andAnEmptyMessage() {
        assertThatThrownBy(() -> Incident.open(ID, "x", Impact.MINOR, Set.of(), "m", UpdateVisibility.PUBLIC, "",
                LATER, T0)).hasMessage("started_at must not be in the future");
        assertThatThrownBy(() -> Incident.open(ID, " ", Impact.MINOR, Set.of(), "m", UpdateVisibility.PUBLIC, "",
                T0, T0)).hasMessage("title is required");
        assertThatThrownBy(() -> Incident.open(ID, "x", Impact.MINOR, Set.of(), " \n", UpdateVisibility.PUBLIC, "",
                T0, T0)).hasMessage("message is required");
    }

    @ParameterizedTest
    @CsvSource({
        "INVESTIGATING, IDENTIFIED", "INVESTIGATING, MONITORING", "IDENTIFIED, MONITORING",
        "MONITORING, INVESTIGATING", "MONITORING, IDENTIFIED", "IDENTIFIED, INVESTIGATING"})
    void unresolvedIncidents_moveToAnyOtherState_andSayItInTheTimeline(IncidentState from, IncidentState to) {
        Incident incident = from == IncidentState.INVESTIGATING ? opened()
                : opened().moveTo(from, "", UpdateVisibility.PUBLIC, "bob", T0);

        Incident moved = incident.moveTo(to, "", UpdateVisibility.INTERNAL, "bob", LATER);

        assertThat(moved.state()).isEqualTo(to);
        assertThat(moved.latestUpdate().message()).isEqualTo("Marked as " + to.wireName() + ".");
        assertThat(moved.latestUpdate().visibility()).isEqualTo(UpdateVisibility.INTERNAL);
        assertThat(moved.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void movingToTheStateItIsIn_isAConflict() {
        assertThatThrownBy(() -> opened().moveTo(IncidentState.INVESTIGATING, "again", UpdateVisibility.PUBLIC, "", LATER))
                .isInstanceOf(IllegalIncidentTransition.class).hasMessage("incident 4 is already investigating");
    }

    @ParameterizedTest
    @EnumSource(IncidentState.class)
    void aResolvedIncident_moveNowhere(IncidentState next) {
        Incident resolved = opened().resolve("fixed", Optional.empty(), "alice", LATER, LATER);

        assertThatThrownBy(() -> resolved.moveTo(next, "", UpdateVisibility.PUBLIC, "", LATER))
                .isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void aResolvedIncident_takesNoUpdate_noAcknowledgement_noEdit_butItsPostmortem() {
        Incident resolved = opened().resolve("", Optional.empty(), "alice", LATER, LATER);

        assertThatThrownBy(() -> resolved.addUpdate("more", UpdateVisibility.PUBLIC, "", LATER))
                .isInstanceOf(IllegalIncidentTransition.class);
        assertThatThrownBy(() -> resolved.acknowledge("bob", LATER)).isInstanceOf(IllegalIncidentTransition.class);
        assertThatThrownBy(() -> resolved.edit(Optional.of("New title"), Optional.empty(), Optional.empty(),
                Optional.empty(), LATER)).isInstanceOf(IllegalIncidentTransition.class);
        assertThatThrownBy(() -> resolved.resolve("", Optional.empty(), "", LATER, LATER))
                .isInstanceOf(IllegalIncidentTransition.class);

        Incident withPostmortem = resolved.edit(Optional.of("Checkout errors"), Optional.empty(), Optional.empty(),
                Optional.of("Root cause: a full disk."), LATER);

        assertThat(withPostmortem.postmortem()).isEqualTo("Root cause: a full disk.");
    }

    @Test
    void resolve_setsResolvedAt_addsAClosingUpdate_andMayCarryAPostmortem() {
        Incident resolved = opened().resolve("", Optional.of("Postmortem text"), "alice", LATER, LATER);

        assertThat(resolved.isResolved()).isTrue();
        assertThat(resolved.resolvedAt()).contains(LATER);
        assertThat(resolved.latestUpdate().message()).isEqualTo("Resolved.");
        assertThat(resolved.latestUpdate().state()).isEqualTo(IncidentState.RESOLVED);
        assertThat(resolved.postmortem()).isEqualTo("Postmortem text");
        assertThat(resolved.duration(LATER.plusSeconds(999))).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void moveToResolved_isResolve() {
        Incident resolved = opened().moveTo(IncidentState.RESOLVED, "Done", UpdateVisibility.PUBLIC, "", LATER);

        assertThat(resolved.resolvedAt()).contains(LATER);
        assertThat(resolved.latestUpdate().message()).isEqualTo("Done");
    }

    @Test
    void containedAt_isWhenItLastReachedMonitoring_andStayed_elseItsResolution() {
        Instant t1 = T0.plusSeconds(60);
        Instant t2 = T0.plusSeconds(120);
        Instant t3 = T0.plusSeconds(180);
        Incident monitoring = opened().moveTo(IncidentState.MONITORING, "", UpdateVisibility.INTERNAL, "a", t1);
        Incident relapsed = monitoring.moveTo(IncidentState.IDENTIFIED, "", UpdateVisibility.PUBLIC, "a", t2);
        Incident again = relapsed.moveTo(IncidentState.MONITORING, "", UpdateVisibility.PUBLIC, "a", t3)
                .addUpdate("still watching", UpdateVisibility.PUBLIC, "a", LATER);

        assertThat(opened().containedAt()).isEmpty();
        assertThat(monitoring.containedAt()).contains(t1);
        assertThat(relapsed.containedAt()).isEmpty();
        assertThat(again.containedAt()).contains(t3);
        assertThat(again.resolve("", Optional.empty(), "a", LATER, LATER).containedAt()).contains(t3);
        assertThat(opened().resolve("", Optional.empty(), "a", LATER, LATER).containedAt()).contains(LATER);
    }

    @Test
    void acknowledge_once_withWhoAndWhen() {
        Incident acknowledged = opened().acknowledge("bob", LATER);

        assertThat(acknowledged.acknowledgedBy()).contains("bob");
        assertThat(acknowledged.acknowledgedAt()).contains(LATER);
        assertThatThrownBy(() -> acknowledged.acknowledge("carol", LATER))
                .isInstanceOf(IllegalIncidentTransition.class).hasMessageContaining("already acknowledged by bob");
        assertThatThrownBy(() -> opened().acknowledge(" ", LATER)).hasMessage("by is required");
    }

    @Test
    void updates_areNumberedInOrder_andInternalOnesStayOffThePublicTimeline() {
        Incident incident = opened()
                .addUpdate("We think it is the database", UpdateVisibility.INTERNAL, "bob", LATER)
                .addUpdate("Fix deployed", UpdateVisibility.PUBLIC, "bob", LATER);

        assertThat(incident.updates()).extracting(IncidentUpdate::number).containsExactly(1, 2, 3);
        assertThat(incident.publicUpdates()).extracting(IncidentUpdate::message)
                .containsExactly("Elevated 5xx", "Fix deployed");
    }

    @Test
    void anAutomaticIncident_startsWithItsOutage_andKeepsItsSystem() {
        AutomaticWatch watch = new AutomaticWatch(API, T0, 17);
        Incident incident = Incident.openAutomatically(ID, "Checkout API is down", watch, "In outage", LATER);

        assertThat(incident.origin()).isEqualTo(IncidentOrigin.AUTOMATIC);
        assertThat(incident.startedAt()).isEqualTo(T0);
        assertThat(incident.impact()).isEqualTo(Impact.MAJOR);
        assertThat(incident.systems()).containsExactly(API);
        assertThat(incident.seen(20).watch().orElseThrow().lastSeenLogEntry()).isEqualTo(20);
        assertThat(incident.seen(20).seen(5).watch().orElseThrow().lastSeenLogEntry()).isEqualTo(20);
        assertThatThrownBy(() -> incident.edit(Optional.empty(), Optional.empty(), Optional.of(Set.of()),
                Optional.empty(), LATER)).hasMessageContaining("must keep system 1");
    }

    @Test
    void resolvingAsOfAnEarlierTime_isBoundedByTheStartAndNow() {
        Incident incident = Incident.openAutomatically(ID, "down", new AutomaticWatch(API, T0, 1), "m", LATER);

        assertThat(incident.resolve("Recovered", Optional.empty(), "vigil", T0.plusSeconds(60), LATER).resolvedAt())
                .contains(T0.plusSeconds(60));
        assertThatThrownBy(() -> incident.resolve("", Optional.empty(), "", T0.minusSeconds(1), LATER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> incident.resolve("", Optional.empty(), "", LATER.plusSeconds(1), LATER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTimelineIsBounded_butAlwaysHasRoomForTheResolution() {
        Incident incident = opened();
        for (int i = 1; i < Incident.UPDATES_MAX - 1; i++) {
            incident = incident.addUpdate("note " + i, UpdateVisibility.INTERNAL, "", LATER);
        }
        Incident full = incident;

        assertThat(full.hasRoomForUpdates()).isFalse();
        assertThatThrownBy(() -> full.addUpdate("one more", UpdateVisibility.PUBLIC, "", LATER))
                .isInstanceOf(IllegalIncidentTransition.class);
        assertThatThrownBy(() -> full.moveTo(IncidentState.MONITORING, "", UpdateVisibility.PUBLIC, "", LATER))
                .isInstanceOf(IllegalIncidentTransition.class);
        Incident resolved = full.resolve("Recovered.", Optional.empty(), "", LATER, LATER);
        assertThat(resolved.updates()).hasSize(Incident.UPDATES_MAX);
        assertThat(resolved.isResolved()).isTrue();
    }

    @Test
    void overlaps_coversOpenAndResolvedIncidents() {
        Incident open = opened();
        Incident resolved = opened().resolve("", Optional.empty(), "", LATER, LATER);

        assertThat(open.overlaps(LATER, LATER.plusSeconds(60))).isTrue();
        assertThat(resolved.overlaps(LATER.plusSeconds(1), LATER.plusSeconds(60))).isFalse();
        assertThat(resolved.overlaps(T0.minusSeconds(60), T0)).isFalse();
        assertThat(resolved.overlaps(T0.minusSeconds(60), T0.plusSeconds(1))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"45, 45 s", "720, 12 min", "11100, 3 h 5 min", "7200, 2 h", "187200, 2 d 4 h"})
    void durationsInWords(long seconds, String words) {
        assertThat(Incident.inWords(Duration.ofSeconds(seconds))).isEqualTo(words);
    }

    @Test
    void impactAndState_areParsedStrictly() {
        assertThat(Impact.fromWire(" Critical ")).isEqualTo(Impact.CRITICAL);
        assertThatThrownBy(() -> Impact.fromWire("severe")).hasMessage("impact must be one of none, minor, major, critical");
        assertThatThrownBy(() -> IncidentState.fromWire("fixed"))
                .hasMessage("state must be one of investigating, identified, monitoring, resolved");
        assertThatThrownBy(() -> UpdateVisibility.fromWire("secret")).hasMessage("visibility must be public or internal");
    }

    @Test
    void events_nameWhatChanged_andKeepInternalTextOutOfTheSummary() {
        Incident incident = opened().addUpdate("secret db name", UpdateVisibility.INTERNAL, "bob", LATER);
        IncidentUpdated event = new IncidentUpdated(ID, incident.title(), incident.impact(), incident.state(),
                incident.systems(), java.util.List.of("Checkout"),
                java.util.List.of(IncidentUpdated.posted(UpdateVisibility.INTERNAL)), Optional.of(incident.latestUpdate()),
                LATER);
        IncidentUpdated moved = new IncidentUpdated(ID, incident.title(), incident.impact(), incident.state(),
                incident.systems(), java.util.List.of("Checkout"), java.util.List.of("state: investigating -> identified"),
                Optional.of(incident.latestUpdate()), LATER);

        assertThat(event.internal()).isTrue();
        assertThat(event.isInternal()).as("a bare internal note is never notified").isTrue();
        assertThat(moved.isInternal()).as("a move with an internal note is notified, without the note").isFalse();
        assertThat(moved.publicMessage()).isEmpty();
        assertThat(moved.summary()).isEqualTo("Incident #4 updated: Checkout errors [state: investigating -> identified]");
        assertThat(event.summary()).doesNotContain("secret").contains("(internal update)");
        assertThat(new IncidentResolved(ID, "Checkout errors", Impact.MAJOR, IncidentOrigin.AUTOMATIC, Set.of(API),
                java.util.List.of("Checkout"), LATER.minus(Duration.ofMinutes(12)), LATER, "Recovered", LATER).summary())
                .isEqualTo("Incident #4 resolved after 12 min: Checkout errors (affects Checkout): Recovered");
    }

    @Test
    void resolvingWithAnInternalNote_keepsTheNoteInternal_butABareResolutionIsPublic() {
        Incident secret = opened().moveTo(IncidentState.RESOLVED, "root cause: a dropped table", UpdateVisibility.INTERNAL,
                "bob", LATER);
        Incident bare = opened().moveTo(IncidentState.RESOLVED, "", UpdateVisibility.INTERNAL, "bob", LATER);

        assertThat(secret.isResolved()).isTrue();
        assertThat(secret.latestUpdate().visibility()).isEqualTo(UpdateVisibility.INTERNAL);
        assertThat(secret.publicUpdates()).extracting(IncidentUpdate::message).doesNotContain("root cause: a dropped table");
        assertThat(bare.latestUpdate().message()).isEqualTo("Resolved.");
        assertThat(bare.latestUpdate().isPublic()).isTrue();
    }
}
