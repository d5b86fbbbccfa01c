package dev.vigil.adapters.web.dependency;

import dev.vigil.adapters.web.JsonRequests;
import dev.vigil.adapters.web.Params;
import dev.vigil.adapters.web.RequestBody;
import dev.vigil.application.port.in.check.FindChecks;
import dev.vigil.application.port.in.dependency.AddDependency;
import dev.vigil.application.port.in.dependency.AddDependencyCommand;
import dev.vigil.application.port.in.dependency.ChangeDependencyStatus;
import dev.vigil.application.port.in.dependency.ChangeDependencyStatusCommand;
import dev.vigil.application.port.in.dependency.ListDependencies;
import dev.vigil.application.port.in.dependency.RemoveDependency;
import dev.vigil.application.port.in.dependency.ShowDependency;
import dev.vigil.application.port.in.dependency.UpdateDependency;
import dev.vigil.application.port.in.dependency.UpdateDependencyCommand;
import dev.vigil.domain.check.Check;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.Criticality;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.SystemId;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /api/systems/{id}/dependencies} and {@code /api/dependencies/{id}}. */
public final class DependencyController {
    private final AddDependency add;
    private final UpdateDependency update;
    private final RemoveDependency remove;
    private final ChangeDependencyStatus changeStatus;
    private final ListDependencies list;
    private final ShowDependency show;
    private final JsonRequests requests;
    private final FindChecks checks;

    public DependencyController(AddDependency add, UpdateDependency update, RemoveDependency remove,
                                ChangeDependencyStatus changeStatus, ListDependencies list, ShowDependency show,
                                JsonRequests requests, FindChecks checks) {
        this.add = add;
        this.update = update;
        this.remove = remove;
        this.changeStatus = changeStatus;
        this.list = list;
        this.show = show;
        this.requests = requests;
        this.checks = checks;
    }

    public void listOfSystem(Context ctx) {
        List<Dependency> dependencies = list.of(new SystemId(Params.id(ctx, "id")));
        Map<DependencyId, Check> found = checks.of(dependencies.stream().map(Dependency::id).toList());
        ctx.json(dependencies.stream().map(d -> DependencyResponse.of(d, Optional.ofNullable(found.get(d.id())))).toList());
    }

    public void add(Context ctx) {
        SystemId system = new SystemId(Params.id(ctx, "id"));
        RequestBody body = requests.body(ctx).allowOnly("name", "description", "criticality");
        var command = new AddDependencyCommand(system, body.requiredText("name"), body.text("description").orElse(""),
                body.parsed("criticality", Criticality::fromWire).orElse(Criticality.CRITICAL));
        ctx.status(HttpStatus.CREATED).json(DependencyResponse.of(add.add(command)));
    }

    public void show(Context ctx) {
        ctx.json(withCheck(show.show(dependencyId(ctx))));
    }

    public void update(Context ctx) {
        DependencyId id = dependencyId(ctx);
        RequestBody body = requests.body(ctx).allowOnly("name", "description", "criticality");
        var command = new UpdateDependencyCommand(id, body.text("name"), body.text("description"),
                body.parsed("criticality", Criticality::fromWire));
        ctx.json(withCheck(update.update(command)));
    }

    public void remove(Context ctx) {
        remove.remove(dependencyId(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    public void changeStatus(Context ctx) {
        DependencyId id = dependencyId(ctx);
        RequestBody body = requests.body(ctx).allowOnly("status", "message");
        var command = new ChangeDependencyStatusCommand(id, Status.fromWire(body.requiredText("status")),
                body.text("message").orElse(""));
        ctx.json(withCheck(changeStatus.change(command)));
    }

    private DependencyResponse withCheck(Dependency dependency) {
        return DependencyResponse.of(dependency, Optional.ofNullable(checks.of(List.of(dependency.id())).get(dependency.id())));
    }

    static DependencyId dependencyId(Context ctx) {
        return new DependencyId(Params.id(ctx, "id"));
    }
}
