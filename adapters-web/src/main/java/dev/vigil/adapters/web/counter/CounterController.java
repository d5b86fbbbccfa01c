package dev.vigil.adapters.web.counter;

import dev.vigil.adapters.web.HttpProblem;
import dev.vigil.adapters.web.JsonRequests;
import dev.vigil.adapters.web.RequestBody;
import dev.vigil.application.port.in.counter.ListCounters;
import dev.vigil.application.port.in.counter.RemoveCounter;
import dev.vigil.application.port.in.counter.SetCounter;
import dev.vigil.application.port.in.counter.SetCounterCommand;
import dev.vigil.domain.counter.Counter;
import dev.vigil.domain.counter.CounterName;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** {@code /api/counters}: the public numbers operators push to the status page. */
public final class CounterController {
    private final SetCounter set;
    private final RemoveCounter remove;
    private final ListCounters list;
    private final JsonRequests requests;

    public CounterController(SetCounter set, RemoveCounter remove, ListCounters list, JsonRequests requests) {
        this.set = set;
        this.remove = remove;
        this.list = list;
        this.requests = requests;
    }

    public void list(Context ctx) {
        ctx.json(list.list().stream().map(CounterResponse::of).toList());
    }

    public void set(Context ctx) {
        CounterName name = name(ctx);
        RequestBody body = requests.body(ctx).allowOnly("value", "label");
        long value = body.integer("value", -Counter.MAX_MAGNITUDE, Counter.MAX_MAGNITUDE)
                .orElseThrow(() -> HttpProblem.badRequest("value is required"));
        var command = new SetCounterCommand(name, value, body.text("label"));
        ctx.json(CounterResponse.of(set.set(command)));
    }

    public void remove(Context ctx) {
        remove.remove(name(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private static CounterName name(Context ctx) {
        return new CounterName(ctx.pathParam("name"));
    }
}
