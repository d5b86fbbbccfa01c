package dev.vigil.adapters.web.admin;

import dev.vigil.adapters.web.HttpProblem;
import dev.vigil.adapters.web.backup.BackupController;
import dev.vigil.adapters.web.backup.ImportResponse;
import dev.vigil.application.port.in.backup.ImportMode;
import dev.vigil.application.port.in.backup.InvalidBackup;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code /admin/backup}: download an export (everything, with or without secrets, or the status log alone) and
 * restore one by uploading it. Both go through the API's own {@link BackupController} ({@code GET /api/export},
 * {@code POST /api/import}): the same reader, limit, checks and use cases.
 */
public final class BackupPageController {
    private final BackupController backups;
    private final AdminPages pages;

    public BackupPageController(BackupController backups, AdminPages pages) {
        this.backups = Objects.requireNonNull(backups, "backups");
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    /** The largest upload the restore form takes (the import limit), so the server can refuse more before parsing. */
    public long uploadLimit() {
        return backups.importLimit();
    }

    public void show(Context ctx) {
        render(ctx, 200, FormState.of(Map.of("mode", "merge")), null, List.of());
    }

    /** {@code GET /admin/backup/export[?include_secrets=yes]}: everything, as a download. Reading changes nothing. */
    public void export(Context ctx) {
        backups.download(ctx, "yes".equals(ctx.queryParam("include_secrets")), false);
    }

    /** {@code GET /admin/backup/export/logs}: the status log alone, as a download. */
    public void exportLogs(Context ctx) {
        backups.download(ctx, false, true);
    }

    /** {@code POST /admin/backup/import} (multipart): loads the uploaded document, merging or replacing. */
    public void importBackup(Context ctx) {
        Form form = Form.of(ctx);
        ImportMode mode;
        try {
            mode = ImportMode.fromWire(form.text("mode").isBlank() ? "merge" : form.text("mode"));
        } catch (IllegalArgumentException e) {
            render(ctx, 400, FormState.refused(form, e.getMessage()), null, List.of());
            return;
        }
        if (mode == ImportMode.REPLACE && !"yes".equals(form.text("confirm"))) {
            render(ctx, 400, FormState.refused(form, "replacing deletes everything Vigil holds now: tick the box to "
                    + "confirm, or choose merge"), null, List.of());
            return;
        }
        UploadedFile file = ctx.uploadedFile("backup");
        if (file == null || file.size() == 0) {
            render(ctx, 400, FormState.refused(form, "choose a backup file (a JSON export) to restore"), null,
                    List.of());
            return;
        }
        if (file.size() > backups.importLimit()) {
            render(ctx, 413, FormState.refused(form, "the file is larger than " + backups.importLimit() + " bytes"),
                    null, List.of());
            return;
        }
        ImportResponse result;
        try (InputStream in = file.content()) {
            result = backups.load(in, mode);
        } catch (InvalidBackup e) {
            render(ctx, 400, FormState.refused(form, "nothing was loaded: " + e.getMessage()), null, e.problems());
            return;
        } catch (HttpProblem e) {
            if (e.status() >= 500) {
                throw e;
            }
            render(ctx, e.status(), FormState.refused(form, "nothing was loaded: " + e.getMessage()), null, List.of());
            return;
        } catch (IllegalArgumentException e) {
            render(ctx, 400, FormState.refused(form, "nothing was loaded: " + e.getMessage()), null, List.of());
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        render(ctx, 200, FormState.of(Map.of("mode", "merge")), result, List.of());
    }

    private void render(Context ctx, int status, FormState form, ImportResponse result, List<String> problems) {
        var chrome = pages.chrome(AdminGuard.session(ctx), "Backup and restore", "backup", "/admin/backup");
        pages.send(ctx, status, "admin/backup.jte", BackupView.from(chrome, form, result, problems,
                backups.importLimit()));
    }
}
