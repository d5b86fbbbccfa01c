package dev.vigil.application.port.in.status;

/**
 * How everything is doing right now, in one read: the read model behind the public status page, its JSON and the
 * operators' dashboard. The public page does not call this per request: it serves a snapshot rebuilt from it when
 * something changes.
 */
public interface ShowStatusOverview {
    StatusOverview show(Audience audience);
}
