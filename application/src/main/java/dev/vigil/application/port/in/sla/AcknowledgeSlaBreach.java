package dev.vigil.application.port.in.sla;

import dev.vigil.domain.sla.SlaBreach;
import dev.vigil.domain.sla.SlaBreachId;

/** Someone takes note of a breach; once only. */
public interface AcknowledgeSlaBreach {
    SlaBreach acknowledge(SlaBreachId id, String by);
}
