package dev.vigil.domain.sla;

import dev.vigil.domain.Text;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.uptime.UptimeFigures;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of an SLA report: a system, with its figures and its assessment against its target, or one of its
 * dependencies, with figures only (dependencies have no SLA of their own).
 */
public record SlaReportLine(SystemId system, Optional<DependencyId> dependency, String name, UptimeFigures figures,
                           Optional<SlaAssessment> assessment) {
    public static final int NAME_MAX = 200;

    public SlaReportLine {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(dependency, "dependency");
        name = Text.required(name, "name", NAME_MAX);
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(assessment, "assessment");
        if (dependency.isPresent() == assessment.isPresent()) {
            throw new IllegalArgumentException("a system line carries an assessment, a dependency line none");
        }
        if (assessment.isPresent() && assessment.get().availability() != figures.availabilityPercent()) {
            throw new IllegalArgumentException("a line's assessment is of its own figures");
        }
    }

    public static SlaReportLine ofSystem(SystemId system, String name, UptimeFigures figures, SlaAssessment assessment) {
        return new SlaReportLine(system, Optional.empty(), name, figures, Optional.of(assessment));
    }

    public static SlaReportLine ofDependency(SystemId system, DependencyId dependency, String name,
                                            UptimeFigures figures) {
        return new SlaReportLine(system, Optional.of(dependency), name, figures, Optional.empty());
    }

    public boolean isSystem() {
        return dependency.isEmpty();
    }
}
