package dev.vigil.adapters.web.check;

import dev.vigil.adapters.web.dependency.DependencyResponse;
import dev.vigil.application.port.in.check.CheckRun;

/** What {@code POST /api/dependencies/{id}/check} answers: the result, and the dependency afterwards. */
public record CheckRunResponse(CheckResultResponse result, DependencyResponse dependency) {

    public static CheckRunResponse of(CheckRun run) {
        return new CheckRunResponse(CheckResultResponse.of(run.result()), DependencyResponse.of(run.dependency(), run.check()));
    }
}
