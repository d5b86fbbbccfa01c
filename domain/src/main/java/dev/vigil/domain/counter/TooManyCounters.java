package dev.vigil.domain.counter;

import dev.vigil.domain.DomainRuleViolation;

/** The page already shows as many counters as it can; a new one needs an old one removed first. */
public final class TooManyCounters extends DomainRuleViolation {
    private static final long serialVersionUID = 1L;

    public TooManyCounters(CounterName refused) {
        super("cannot add counter '" + refused + "': the page already shows " + Counter.MAX_COUNT
                + " counters; delete one first");
    }
}
