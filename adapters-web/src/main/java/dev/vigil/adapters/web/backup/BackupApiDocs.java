package dev.vigil.adapters.web.backup;

import static dev.vigil.adapters.web.openapi.ApiOperation.get;
import static dev.vigil.adapters.web.openapi.ApiOperation.post;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.adapters.web.openapi.ApiOperation;
import dev.vigil.adapters.web.openapi.S;
import java.util.List;

/** The backup routes as the OpenAPI document describes them. */
public final class BackupApiDocs {
    private static final String TAG = "Backups";

    private BackupApiDocs() {
    }

    /** The document's shape: a header, then one array per section (docs/operations.md lists every field). */
    static ObjectNode document() {
        ObjectNode any = S.any("An entity as Vigil keeps it.");
        return S.object(S.optional("format", S.oneOf("", "vigil")),
                S.required("version", S.oneOf("2.0: Vigil's; 1.0: the predecessor's (systems, dependencies, logs).",
                        "2.0", "1.0")),
                S.optional("exported_at", S.time("")), S.optional("vigil_version", S.text("")),
                S.optional("secrets_included", S.bool("")), S.optional("log_only", S.bool("")),
                S.optional("systems", S.array("", any)), S.optional("dependencies", S.array("With their checks.", any)),
                S.optional("logs", S.array("The whole status log, oldest first.", any)),
                S.optional("incidents", S.array("With their updates.", any)),
                S.optional("maintenances", S.array("", any)), S.optional("sla_reports", S.array("", any)),
                S.optional("sla_breaches", S.array("", any)), S.optional("webhooks", S.array("", any)),
                S.optional("api_keys", S.array("Only with secrets.", any)));
    }

    public static List<ApiOperation> operations() {
        return List.of(
                get("/api/export", TAG, "Export everything as one JSON document")
                        .description("Streamed from one consistent moment of the data, one entity per line, as a "
                                + "download. Secrets (check headers and bodies, push token hashes, webhook URLs, "
                                + "tokens and signing secrets, API key hashes) only with include_secrets=true.")
                        .query("include_secrets", S.bool("Default false."))
                        .answersAs(200, "The document.", "application/json", document()).build(),
                get("/api/export/logs", TAG, "Export the status log alone")
                        .query("include_secrets", S.bool("Makes no difference here."))
                        .answersAs(200, "The document, log_only true.", "application/json", document()).build(),
                post("/api/import", TAG, "Import an export (Vigil's, or the predecessor's version 1.0)")
                        .description("The whole document is checked first (every problem is listed), then loaded in "
                                + "one transaction, or nothing is. merge upserts by id, so importing twice changes "
                                + "nothing; replace empties the data first (API keys are never removed). Times are "
                                + "kept; nobody is notified. The body may be up to 64 MiB unless configured.")
                        .query("mode", S.oneOf("Default merge.", "merge", "replace")).body(document())
                        .answers(200, "What was imported, and what could not be carried over.", ImportResponse.class)
                        .badRequest(InvalidBackupError.class).build());
    }
}
