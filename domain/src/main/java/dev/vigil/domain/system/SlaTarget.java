package dev.vigil.domain.system;

/** The availability a system promises, in percent: more than 0 and at most 100 (for example 99.95). */
public record SlaTarget(double percent) {
    public static final SlaTarget DEFAULT = new SlaTarget(99.9);

    public SlaTarget {
        if (!Double.isFinite(percent) || percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("sla_target must be a number above 0 and at most 100");
        }
    }
}
