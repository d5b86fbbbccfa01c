package dev.vigil.application.port.in.check;

import dev.vigil.domain.check.CheckResult;
import java.util.List;

/**
 * Records a batch of results in one unit of work: the raw results, each check's new state, and (only where a
 * status changed) the dependency's status, its log entry and its system's roll-up. Results of dependencies without
 * a check (removed meanwhile) are dropped. Returns how many dependencies changed status.
 */
public interface RecordCheckResults {
    int record(List<CheckResult> results);
}
