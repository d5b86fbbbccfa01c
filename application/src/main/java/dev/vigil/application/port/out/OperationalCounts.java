package dev.vigil.application.port.out;

import dev.vigil.domain.incident.Impact;
import dev.vigil.domain.incident.IncidentState;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.webhook.AttemptOutcome;
import dev.vigil.domain.webhook.DeliveryState;
import java.util.Map;

/**
 * Counts that monitoring reads in one go rather than entity by entity: check results per dependency, incidents by
 * impact and state, unacknowledged SLA breaches, webhook deliveries by state and their attempts by outcome.
 */
public interface OperationalCounts {
    /** How many results a dependency's checks have had, and how many of them failed; totals only ever grow. */
    record ResultTotals(long results, long failures) {
        public ResultTotals {
            if (results < 0 || failures < 0 || failures > results) {
                throw new IllegalArgumentException("result totals are counts, failures among the results");
            }
        }
    }

    /** Every check result ever recorded, per dependency (removing old results does not lower the totals). */
    Map<DependencyId, ResultTotals> checkResults();

    /** How many incidents there are of each impact and state (combinations without any are left out). */
    Map<Impact, Map<IncidentState, Long>> incidents();

    long unacknowledgedSlaBreaches();

    /** How many deliveries the outbox holds in each state (finished ones are pruned after a while). */
    Map<DeliveryState, Long> deliveries();

    /** How many attempts the outbox has recorded with each outcome. */
    Map<AttemptOutcome, Long> deliveryAttempts();
}
