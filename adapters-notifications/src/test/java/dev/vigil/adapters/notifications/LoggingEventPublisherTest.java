package dev.vigil.adapters.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.domain.log.StatusChange;
import dev.vigil.domain.log.StatusChanged;
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

class LoggingEventPublisherTest {
    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");
    private final List<String> lines = new ArrayList<>();
    private final LoggingEventPublisher publisher = new LoggingEventPublisher(lines::add);

    @Test
    void aRollUp_namesTheSystem_theChange_andItsCause() {
        var entry = new StatusLogEntry(1, StatusChange.ofSystem(new SystemId(3), Status.OPERATIONAL, Status.OUTAGE,
                "Dependency PostgreSQL is red", StatusSource.ROLLUP, Optional.of(new DependencyId(7)), AT));

        publisher.publish(new StatusChanged(entry, "Checkout API", Optional.empty(), Optional.of("PostgreSQL")));

        assertThat(lines).containsExactly(
                "status_change: Checkout API: green -> red (rollup, caused by PostgreSQL): Dependency PostgreSQL is red");
    }

    @Test
    void aDependencyChange_keepsItOnOneLine() {
        var entry = new StatusLogEntry(2, StatusChange.ofDependency(new SystemId(3), new DependencyId(7),
                Status.DEGRADED, Status.OPERATIONAL, "back\nagain", StatusSource.MANUAL, AT));

        publisher.publish(new StatusChanged(entry, "Checkout API", Optional.of("PostgreSQL"), Optional.empty()));

        assertThat(lines).containsExactly("status_change: Checkout API / PostgreSQL: yellow -> green (manual): back again");
    }
}
