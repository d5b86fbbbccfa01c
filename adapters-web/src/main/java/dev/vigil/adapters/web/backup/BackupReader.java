package dev.vigil.adapters.web.backup;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.vigil.application.port.in.backup.BackupContent;
import dev.vigil.application.port.in.backup.ImportedDependency;
import dev.vigil.application.port.in.backup.ImportedSystem;
import dev.vigil.application.port.in.backup.ImportedWebhook;
import dev.vigil.application.port.in.backup.InvalidBackup;
import dev.vigil.domain.apikey.ApiKey;
import dev.vigil.domain.counter.Counter;
import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.log.StatusLogEntry;
import dev.vigil.domain.maintenance.MaintenanceWindow;
import dev.vigil.domain.sla.SlaBreach;
import dev.vigil.domain.sla.SlaReport;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a backup document: Vigil's own (version 2.0) or the predecessor's (version 1.0), whose conversion is
 * {@link PredecessorExport}. The document is read as a stream, one entity at a time, and each entity is rebuilt by its
 * domain type, which checks it; every problem is collected with where it is ({@code systems[3]: name is required}),
 * and a document with any is refused whole with an {@link InvalidBackup}.
 */
public final class BackupReader {
    /** The sections of the native format, in the order Vigil writes them. */
    static final Set<String> SECTIONS = Set.of("systems", "dependencies", "logs", "incidents", "maintenances",
            "sla_reports", "sla_breaches", "webhooks", "counters", "api_keys");

    /** A document read: its format version, what it holds, and whether it is the status log alone. */
    public record Document(String version, BackupContent content, boolean complete) {
    }

    private final ObjectMapper mapper;
    private final ObjectReader nodes;
    private final List<String> problems = new ArrayList<>();
    private String version;
    private Boolean secrets;
    private boolean logOnly;
    private final Map<String, List<JsonNode>> buffered = new LinkedHashMap<>();
    private final Set<String> seen = new HashSet<>();

    private final List<ImportedSystem> systems = new ArrayList<>();
    private final List<ImportedDependency> dependencies = new ArrayList<>();
    private final List<StatusLogEntry> log = new ArrayList<>();
    private final List<Incident> incidents = new ArrayList<>();
    private final List<MaintenanceWindow> maintenances = new ArrayList<>();
    private final List<SlaReport> slaReports = new ArrayList<>();
    private final List<SlaBreach> slaBreaches = new ArrayList<>();
    private final List<ImportedWebhook> webhooks = new ArrayList<>();
    private final List<Counter> counters = new ArrayList<>();
    private final List<ApiKey> apiKeys = new ArrayList<>();
    private PredecessorExport predecessor;

    private BackupReader(ObjectMapper mapper) {
        this.mapper = mapper;
        this.nodes = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Reads the document in {@code in}; an unreadable or invalid document is an {@link InvalidBackup}. */
    public static Document read(InputStream in, ObjectMapper mapper) {
        return new BackupReader(mapper).parse(in);
    }

    private Document parse(InputStream in) {
        try (JsonParser p = mapper.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidBackup(List.of("a backup is a JSON object"));
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                field(name, p);
            }
            if (p.nextToken() != null) {
                throw new InvalidBackup(List.of("malformed JSON: more after the end of the document"));
            }
        } catch (JsonProcessingException e) {
            throw new InvalidBackup(List.of("malformed JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr())));
        } catch (IOException e) {
            throw new InvalidBackup(List.of("the document could not be read: " + e.getMessage()));
        }
        if (version == null) {
            problems.add("version is required: 2.0 for an export of Vigil, 1.0 for one of the service it replaces");
        } else {
            for (Map.Entry<String, List<JsonNode>> section : buffered.entrySet()) {
                for (int i = 0; i < section.getValue().size(); i++) {
                    entity(section.getKey(), i, section.getValue().get(i));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidBackup(problems);
        }
        if (isPredecessor()) {
            return new Document(version, predecessor.content(), seen.contains("systems"));
        }
        BackupContent content = new BackupContent(systems, dependencies, log, incidents, maintenances, slaReports,
                slaBreaches, webhooks, counters, seen.contains("api_keys") ? Optional.of(apiKeys) : Optional.empty(), List.of());
        return new Document(version, content, !logOnly && seen.contains("systems"));
    }

    private boolean isPredecessor() {
        return "1.0".equals(version);
    }

    private void field(String name, JsonParser p) throws IOException {
        switch (name) {
            case "version":
                if (p.currentToken() != JsonToken.VALUE_STRING
                        || !(p.getText().equals(BackupJsonWriter.VERSION) || p.getText().equals("1.0"))) {
                    throw new InvalidBackup(List.of("version must be \"" + BackupJsonWriter.VERSION
                            + "\" (an export of Vigil) or \"1.0\" (an export of the service it replaces)"));
                }
                version = p.getText();
                if (isPredecessor()) {
                    predecessor = new PredecessorExport();
                }
                return;
            case "format":
                if (p.currentToken() != JsonToken.VALUE_STRING || !p.getText().equals(BackupJsonWriter.FORMAT)) {
                    problems.add("format must be \"" + BackupJsonWriter.FORMAT + "\"");
                }
                return;
            case "exported_at":
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    problems.add("exported_at must be a time");
                } else {
                    try {
                        Item.parseInstant("exported_at", p.getText());
                    } catch (IllegalArgumentException e) {
                        problems.add(e.getMessage());
                    }
                }
                return;
            case "vigil_version":
                p.skipChildren();
                return;
            case "secrets_included":
            case "log_only":
                if (!p.currentToken().isBoolean()) {
                    problems.add(name + " must be true or false");
                } else if (name.equals("log_only")) {
                    logOnly = p.getBooleanValue();
                } else {
                    secrets = p.getBooleanValue();
                }
                return;
            default:
                break;
        }
        if (!SECTIONS.contains(name) || (isPredecessor() && !PredecessorExport.SECTIONS.contains(name))) {
            if (!isPredecessor()) {
                problems.add("unknown field '" + (name.length() > 40 ? name.substring(0, 40) + "…" : name) + "'");
            }
            p.skipChildren();
            return;
        }
        if (!seen.add(name)) {
            problems.add(name + " appears more than once");
            p.skipChildren();
            return;
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            problems.add(name + " must be an array");
            p.skipChildren();
            return;
        }
        boolean ready = version != null && (isPredecessor() || secrets != null || !name.matches("dependencies|webhooks"));
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonNode node = nodes.readTree(p);
            if (ready) {
                entity(name, index++, node);
            } else {
                buffered.computeIfAbsent(name, n -> new ArrayList<>()).add(node);
            }
        }
    }

    private void entity(String section, int index, JsonNode node) {
        if (problems.size() >= InvalidBackup.MAX_PROBLEMS) {
            return;
        }
        try {
            if (isPredecessor()) {
                predecessor.add(section, index, node);
            } else {
                Item item = Item.strict(node);
                add(section, item);
                item.finish();
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(section + "[" + index + "]: " + messageOf(e));
        }
    }

    private void add(String section, Item item) {
        boolean withSecrets = Boolean.TRUE.equals(secrets);
        switch (section) {
            case "systems" -> systems.add(BackupCodec.system(item));
            case "dependencies" -> dependencies.add(BackupCodec.dependency(item, withSecrets));
            case "logs" -> log.add(BackupCodec.logEntry(item));
            case "incidents" -> incidents.add(BackupCodec.incident(item));
            case "maintenances" -> maintenances.add(BackupCodec.maintenance(item));
            case "sla_reports" -> slaReports.add(BackupCodec.slaReport(item));
            case "sla_breaches" -> slaBreaches.add(BackupCodec.slaBreach(item));
            case "webhooks" -> webhooks.add(BackupCodec.webhook(item, withSecrets));
            case "counters" -> counters.add(BackupCodec.counter(item));
            case "api_keys" -> apiKeys.add(BackupCodec.apiKey(item));
            default -> throw new IllegalStateException("no reader for section " + section);
        }
    }

    /** The message of a problem, as a person should read it. */
    static String messageOf(RuntimeException e) {
        if (e instanceof NullPointerException) {
            return (e.getMessage() == null ? "a value" : e.getMessage()) + " is required";
        }
        return e.getMessage() == null ? "invalid" : e.getMessage();
    }
}
