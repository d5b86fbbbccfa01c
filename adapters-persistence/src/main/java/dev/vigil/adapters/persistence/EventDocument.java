package dev.vigil.adapters.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.status.StatusSource;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.webhook.DependencyRef;
import dev.vigil.domain.webhook.EventRecord;
import dev.vigil.domain.webhook.Fact;
import dev.vigil.domain.webhook.StatusChangeFacts;
import dev.vigil.domain.webhook.SystemRef;
import java.util.List;
import java.util.Optional;

/**
 * The JSON stored in {@code notification_events.document}: what an event record holds besides its id, type and
 * time. Version 1; a later version must still read documents of version 1 (they may wait in the outbox for a day).
 */
record EventDocument(int version, String summary, List<SystemDoc> systems, StatusChangeDoc statusChange,
                     List<FactDoc> facts) {
    static final int VERSION = 1;
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    record SystemDoc(long id, String name, String slug) {
    }

    record DependencyDoc(long id, String name) {
    }

    record StatusChangeDoc(long logEntryId, DependencyDoc dependency, String from, String to, String source,
                           String message, DependencyDoc cause) {
    }

    /** {@code kind} is absent from documents written before facts had kinds: those are text. */
    record FactDoc(String key, String label, String value, String kind) {
    }

    static String write(EventRecord e) {
        StatusChangeDoc change = e.statusChange().map(s -> new StatusChangeDoc(s.logEntryId(),
                s.dependency().map(EventDocument::doc).orElse(null), Columns.name(s.from()), Columns.name(s.to()),
                Columns.name(s.source()), s.message(), s.cause().map(EventDocument::doc).orElse(null))).orElse(null);
        var document = new EventDocument(VERSION, e.summary(),
                e.systems().stream().map(s -> new SystemDoc(s.id().value(), s.name(), s.slug().orElse(null))).toList(),
                change, e.facts().stream().map(f -> new FactDoc(f.key(), f.label(), f.value(), Columns.name(f.kind())))
                .toList());
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e1) {
            throw new IllegalStateException("cannot write event " + e.id() + " as JSON", e1);
        }
    }

    static EventDocument read(String json) {
        try {
            return MAPPER.readValue(json, EventDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable event document: " + e.getOriginalMessage(), e);
        }
    }

    List<SystemRef> systemRefs() {
        return systems == null ? List.of() : systems.stream()
                .map(s -> new SystemRef(new SystemId(s.id()), s.name(), Optional.ofNullable(s.slug()))).toList();
    }

    Optional<StatusChangeFacts> statusChangeFacts() {
        return Optional.ofNullable(statusChange).map(s -> new StatusChangeFacts(s.logEntryId(),
                ref(s.dependency()), Columns.enumOf(Status.class, s.from()), Columns.enumOf(Status.class, s.to()),
                Columns.enumOf(StatusSource.class, s.source()), s.message(), ref(s.cause())));
    }

    List<Fact> factList() {
        return facts == null ? List.of() : facts.stream().map(f -> new Fact(f.key(), f.label(), f.value(),
                f.kind() == null ? Fact.Kind.TEXT : Columns.enumOf(Fact.Kind.class, f.kind()))).toList();
    }

    private static DependencyDoc doc(DependencyRef d) {
        return new DependencyDoc(d.id().value(), d.name());
    }

    private static Optional<DependencyRef> ref(DependencyDoc d) {
        return Optional.ofNullable(d).map(x -> new DependencyRef(new DependencyId(x.id()), x.name()));
    }
}
