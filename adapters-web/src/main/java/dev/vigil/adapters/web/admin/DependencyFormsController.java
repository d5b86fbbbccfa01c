package dev.vigil.adapters.web.admin;

import dev.vigil.adapters.web.Params;
import dev.vigil.application.port.in.dependency.ChangeDependencyStatus;
import dev.vigil.application.port.in.dependency.ChangeDependencyStatusCommand;
import dev.vigil.application.port.in.dependency.RemoveDependency;
import dev.vigil.application.port.in.dependency.ShowDependency;
import dev.vigil.application.port.in.dependency.UpdateDependency;
import dev.vigil.application.port.in.dependency.UpdateDependencyCommand;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.Criticality;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyId;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** The forms of a dependency on its system's page: edit, set the status with a comment, remove. */
public final class DependencyFormsController {
    private final ShowDependency show;
    private final UpdateDependency update;
    private final ChangeDependencyStatus changeStatus;
    private final RemoveDependency remove;
    private final SystemPageController systemPage;

    public DependencyFormsController(ShowDependency show, UpdateDependency update, ChangeDependencyStatus changeStatus,
                                    RemoveDependency remove, SystemPageController systemPage) {
        this.show = show;
        this.update = update;
        this.changeStatus = changeStatus;
        this.remove = remove;
        this.systemPage = systemPage;
    }

    public void update(Context ctx) {
        Dependency dependency = show.show(id(ctx));
        Form form = Form.of(ctx);
        systemPage.submit(ctx, dependency.systemId(), form, "dependency-" + dependency.id().value(), "dependency-updated",
                "#dependency-" + dependency.id().value(), () -> update.update(new UpdateDependencyCommand(dependency.id(),
                        form.present("name"), form.present("description"),
                        form.present("criticality").map(Criticality::fromWire))));
    }

    public void changeStatus(Context ctx) {
        Dependency dependency = show.show(id(ctx));
        Form form = Form.of(ctx);
        systemPage.submit(ctx, dependency.systemId(), form, "dependency-status-" + dependency.id().value(),
                "dependency-status-changed", "#dependency-" + dependency.id().value(),
                () -> changeStatus.change(new ChangeDependencyStatusCommand(dependency.id(),
                        Status.fromWire(form.text("status")), form.text("message"))));
    }

    public void remove(Context ctx) {
        Dependency dependency = show.show(id(ctx));
        remove.remove(dependency.id());
        ctx.redirect("/admin/systems/" + dependency.systemId().value() + "?notice=dependency-removed#dependencies",
                HttpStatus.SEE_OTHER);
    }

    private static DependencyId id(Context ctx) {
        return new DependencyId(Params.id(ctx, "id"));
    }
}
