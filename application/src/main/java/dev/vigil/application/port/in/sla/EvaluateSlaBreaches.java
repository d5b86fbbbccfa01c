package dev.vigil.application.port.in.sla;

import dev.vigil.domain.sla.SlaBreach;
import dev.vigil.domain.sla.SlaPeriod;
import java.util.List;
import java.util.Optional;

/**
 * Records a breach for every system whose error budget is exhausted in a calendar period, once per system and
 * period, and tells people. For one period kind (its current period) on demand; with none, every kind's current
 * period and, during the first day of a new period, the one just ended: what the schedule runs.
 */
public interface EvaluateSlaBreaches {
    /** The breaches newly recorded. */
    List<SlaBreach> evaluate(Optional<SlaPeriod> period);
}
