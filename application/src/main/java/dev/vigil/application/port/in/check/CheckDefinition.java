package dev.vigil.application.port.in.check;

import dev.vigil.domain.check.CheckSpec;
import dev.vigil.domain.check.CronSchedule;
import dev.vigil.domain.check.PushCheck;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/** A check as a request describes it: one Vigil runs (HTTP or TCP), or a push check whose token Vigil makes. */
public sealed interface CheckDefinition {

    /** An HTTP or TCP check, complete as given. */
    record RunByVigil(CheckSpec spec) implements CheckDefinition {
        public RunByVigil {
            Objects.requireNonNull(spec, "spec");
            if (spec instanceof PushCheck) {
                throw new IllegalArgumentException("push checks are described by their schedule, not their token");
            }
        }
    }

    /** A push check's schedule; the token is made by Vigil (and kept when a push check is only rescheduled). */
    record Push(Optional<Duration> period, Optional<CronSchedule> cron, ZoneId zone, Duration grace)
            implements CheckDefinition {
        public Push {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(cron, "cron");
        }
    }
}
