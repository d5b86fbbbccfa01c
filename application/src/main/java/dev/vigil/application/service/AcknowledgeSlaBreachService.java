package dev.vigil.application.service;

import dev.vigil.application.port.in.sla.AcknowledgeSlaBreach;
import dev.vigil.application.port.in.sla.UnknownSlaBreach;
import dev.vigil.application.port.out.SlaBreaches;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.sla.SlaBreach;
import dev.vigil.domain.sla.SlaBreachId;
import java.time.Clock;

/** Records who took note of a breach, and when. */
public final class AcknowledgeSlaBreachService implements AcknowledgeSlaBreach {
    private final SlaBreaches breaches;
    private final Transactions transactions;
    private final Clock clock;

    public AcknowledgeSlaBreachService(SlaBreaches breaches, Transactions transactions, Clock clock) {
        this.breaches = breaches;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public SlaBreach acknowledge(SlaBreachId id, String by) {
        return transactions.inTransaction(() -> {
            SlaBreach breach = breaches.byId(id).orElseThrow(() -> new UnknownSlaBreach(id));
            SlaBreach acknowledged = breach.acknowledge(by, clock.instant());
            breaches.save(acknowledged);
            return acknowledged;
        });
    }
}
