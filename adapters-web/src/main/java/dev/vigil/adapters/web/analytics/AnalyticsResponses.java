package dev.vigil.adapters.web.analytics;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.vigil.application.port.in.analytics.DependencyAnalytics;
import dev.vigil.application.port.in.analytics.OverallAnalytics;
import dev.vigil.application.port.in.analytics.SubjectAnalytics;
import dev.vigil.application.port.in.analytics.SystemAnalytics;
import dev.vigil.domain.uptime.Interval;
import dev.vigil.domain.uptime.RollingPeriod;
import java.util.List;
import java.util.Optional;

/** The analytics bodies: one subject, a system with its dependencies, and everything with the overall figures. */
public final class AnalyticsResponses {
    private AnalyticsResponses() {
    }

    /** A system's figures with its dependencies' figures. */
    public record SystemResponse(@JsonUnwrapped FigureResponse system, List<FigureResponse> dependencies) {
    }

    /** The overall figures with every system's. */
    public record OverallResponse(@JsonUnwrapped FigureResponse overall, List<SystemResponse> systems) {
    }

    static FigureResponse of(SubjectAnalytics a, Optional<RollingPeriod> period, Interval window) {
        boolean system = a.subject().kind() == dev.vigil.domain.uptime.Subject.Kind.SYSTEM;
        return FigureResponse.of(a.subject().kind().wireName(), a.subject().id(), a.name(),
                system ? null : a.system().value(), period, window, a.figures(), a.incidents());
    }

    static SystemResponse of(SystemAnalytics s) {
        return new SystemResponse(of(s.system(), s.period(), s.window()),
                s.dependencies().stream().map(d -> of(d, s.period(), s.window())).toList());
    }

    static FigureResponse of(DependencyAnalytics d) {
        return of(d.dependency(), d.period(), d.window());
    }

    static OverallResponse of(OverallAnalytics o) {
        return new OverallResponse(FigureResponse.of("overall", null, "All systems", null, o.period(), o.window(),
                o.figures(), o.incidents()), o.systems().stream().map(AnalyticsResponses::of).toList());
    }
}
