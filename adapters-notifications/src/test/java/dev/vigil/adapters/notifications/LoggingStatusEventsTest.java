package dev.vigil.adapters.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.domain.log.StatusChange;
import dev.vigil.domain.log.StatusLogEntry;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.status.StatusSource;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoggingStatusEventsTest {
    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");
    private final List<String> lines = new ArrayList<>();
    private final LoggingStatusEvents events = new LoggingStatusEvents(lines::add);

    @Test
    void aRollUp_namesTheSystem_theChange_andItsCause() {
        events.changed(new StatusLogEntry(1, StatusChange.ofSystem(new SystemId(3), Status.OPERATIONAL, Status.OUTAGE,
                "Dependency PostgreSQL is red", StatusSource.ROLLUP, Optional.of(new DependencyId(7)), AT)));

        assertThat(lines).containsExactly(
                "system 3: green -> red (rollup, caused by dependency 7): Dependency PostgreSQL is red");
    }

    @Test
    void aDependencyChange_keepsItOnOneLine() {
        events.changed(new StatusLogEntry(2, StatusChange.ofDependency(new SystemId(3), new DependencyId(7),
                Status.DEGRADED, Status.OPERATIONAL, "back\nagain", StatusSource.MANUAL, AT)));

        assertThat(lines).containsExactly("dependency 7 of system 3: yellow -> green (manual): back again");
    }
}
