package dev.vigil.application.service;

import dev.vigil.application.port.out.Systems;
import dev.vigil.domain.outbound.OutboundPolicy;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.webhook.WebhookTarget;
import java.util.Collection;
import java.util.Comparator;

/** The checks a webhook's settings pass before they are stored: an allowed target and systems that exist. */
final class WebhookRules {
    private final Systems systems;
    private final OutboundPolicy policy;

    WebhookRules(Systems systems, OutboundPolicy policy) {
        this.systems = systems;
        this.policy = policy;
    }

    /** A URL naming a refused address outright (a cloud-metadata IP, say) is refused now rather than at sending. */
    void requireAllowed(WebhookTarget target) {
        if (target instanceof WebhookTarget.Endpoint endpoint) {
            endpoint.literalAddress().flatMap(policy::refusal).ifPresent(why -> {
                throw new IllegalArgumentException("url is not allowed: " + why);
            });
        }
    }

    void requireKnown(Collection<SystemId> ids) {
        ids.stream().sorted(Comparator.comparingLong(SystemId::value))
                .filter(id -> systems.byId(id).isEmpty())
                .findFirst()
                .ifPresent(id -> {
                    throw new IllegalArgumentException("system_ids names system " + id + ", which does not exist");
                });
    }
}
