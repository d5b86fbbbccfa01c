package dev.vigil.application.service;

import dev.vigil.application.port.out.CheckHistory;
import dev.vigil.application.port.out.Checks;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.domain.check.Check;
import dev.vigil.domain.check.CheckResult;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a batch of results inside the caller's transaction: one bulk read of the checks and dependencies, one
 * bulk write of check states and raw results, and a status write, log entry and roll-up only where a status
 * changed. Within one batch a dependency's changes net out: it is logged once, from where it was to where it ends.
 */
final class ResultRecorder {
    private final Dependencies dependencies;
    private final Checks checks;
    private final CheckHistory history;
    private final CheckStatusChanges changes;

    ResultRecorder(Dependencies dependencies, Checks checks, CheckHistory history, CheckStatusChanges changes) {
        this.dependencies = dependencies;
        this.checks = checks;
        this.history = history;
        this.changes = changes;
    }

    int record(List<CheckResult> results, Instant now) {
        if (results.isEmpty()) {
            return 0;
        }
        Set<DependencyId> ids = new LinkedHashSet<>();
        results.forEach(r -> ids.add(r.dependency()));
        Map<DependencyId, Check> current = new HashMap<>(checks.byDependencies(ids));
        Map<DependencyId, Dependency> before = dependencies.byIds(current.keySet());
        Map<DependencyId, Status> status = new HashMap<>();
        before.forEach((id, d) -> status.put(id, d.status()));
        Map<DependencyId, Check.Outcome> lastChange = new HashMap<>();
        Set<DependencyId> touched = new LinkedHashSet<>();
        List<CheckResult> kept = new ArrayList<>(results.size());
        for (CheckResult result : results) {
            DependencyId id = result.dependency();
            Check check = current.get(id);
            if (check == null || !status.containsKey(id)) {
                continue;
            }
            Check.Outcome outcome = check.apply(result, status.get(id));
            current.put(id, outcome.check());
            touched.add(id);
            kept.add(result);
            if (outcome.status() != status.get(id)) {
                status.put(id, outcome.status());
                lastChange.put(id, outcome);
            }
        }
        checks.saveStates(touched.stream().map(current::get).toList());
        history.append(kept);
        List<SystemId> systemsToDerive = new ArrayList<>();
        int changed = 0;
        for (Map.Entry<DependencyId, Check.Outcome> e : lastChange.entrySet()) {
            Dependency dependency = before.get(e.getKey());
            Status to = status.get(e.getKey());
            if (to == dependency.status()) {
                continue;
            }
            changes.change(dependency, to, e.getValue().message(), e.getValue().result().at());
            systemsToDerive.add(dependency.systemId());
            changed++;
        }
        changes.deriveAgain(systemsToDerive, now);
        return changed;
    }
}
