package dev.vigil.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.domain.webhook.Fact;
import org.junit.jupiter.api.Test;

/** Events wait in the outbox across an upgrade: a document written before facts had kinds still reads. */
class EventDocumentTest {

    @Test
    void aFactWithoutAKind_readsAsText() {
        EventDocument old = EventDocument.read("""
                {"version": 1, "summary": "Incident opened", "systems": [], "statusChange": null,
                 "facts": [{"key": "impact", "label": "Impact", "value": "major"}]}""");

        assertThat(old.factList()).containsExactly(new Fact("impact", "Impact", "major", Fact.Kind.TEXT));
    }

    @Test
    void typedFacts_keepTheirKind() {
        EventDocument typed = EventDocument.read("""
                {"version": 1, "summary": "", "systems": [], "statusChange": null,
                 "facts": [{"key": "ends_at", "label": "Ends", "value": "2026-03-07T04:00:00Z", "kind": "time"},
                           {"key": "all_systems", "label": "All", "value": "false", "kind": "flag"}]}""");

        assertThat(typed.factList()).extracting(Fact::kind).containsExactly(Fact.Kind.TIME, Fact.Kind.FLAG);
    }
}
