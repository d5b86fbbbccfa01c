package dev.vigil.application.port.in.check;

import dev.vigil.domain.check.PushToken;
import dev.vigil.domain.system.DependencyId;

/** Gives a push check a new token (shown this once); the old one stops working at once. */
public interface RotatePushToken {
    PushToken rotate(DependencyId dependency);
}
