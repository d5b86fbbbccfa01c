package dev.vigil.adapters.archviolation;

import dev.vigil.application.service.ListSystemsService;

/** Deliberately broken: an adapter reaching past the ports into a service. Used only to prove the rules bite. */
public final class AdapterThatBuildsAService {
    public Object build() {
        return new ListSystemsService(null);
    }
}
