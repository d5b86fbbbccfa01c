package dev.vigil.bootstrap;

import dev.vigil.domain.outbound.Cidr;
import dev.vigil.domain.outbound.OutboundPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where checks and webhooks may send requests: the admin's CIDR deny list and allow list, on top of the addresses
 * that are always refused (link-local and cloud-metadata). Both lists only narrow. Listed in docs/configuration.md.
 */
public record OutboundSettings(List<Cidr> deny, List<Cidr> allow) {
    public static final OutboundSettings DEFAULT = new OutboundSettings(List.of(), List.of());

    /** @throws IllegalArgumentException when an allowed block lies wholly inside one that is always refused */
    public OutboundSettings {
        deny = List.copyOf(Objects.requireNonNull(deny, "deny"));
        allow = List.copyOf(Objects.requireNonNull(allow, "allow"));
        new OutboundPolicy(deny, allow);
    }

    /** The one policy checks and webhooks share. */
    public OutboundPolicy policy() {
        return new OutboundPolicy(deny, allow);
    }

    /**
     * The lists from {@code --outbound-deny} / {@code VIGIL_OUTBOUND_DENY} and {@code --outbound-allow} /
     * {@code VIGIL_OUTBOUND_ALLOW} (comma-separated CIDR blocks; a bare address is one host).
     *
     * @throws IllegalArgumentException naming the flag, when a block is malformed or can never be reached
     */
    public static OutboundSettings from(Map<String, String> flags, Map<String, String> env) {
        List<Cidr> deny = blocks(flags, "--outbound-deny", env, "VIGIL_OUTBOUND_DENY");
        List<Cidr> allow = blocks(flags, "--outbound-allow", env, "VIGIL_OUTBOUND_ALLOW");
        try {
            return new OutboundSettings(deny, allow);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--outbound-allow (VIGIL_OUTBOUND_ALLOW): " + e.getMessage(), e);
        }
    }

    private static List<Cidr> blocks(Map<String, String> flags, String flag, Map<String, String> env,
                                     String variable) {
        String value = flags.containsKey(flag) ? flags.get(flag) : env.get(variable);
        List<Cidr> blocks = new ArrayList<>();
        if (value == null) {
            return blocks;
        }
        for (String item : value.split(",")) {
            if (item.isBlank()) {
                continue;
            }
            try {
                blocks.add(Cidr.parse(item));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(flag + " (" + variable + "): " + e.getMessage()
                        + "; give comma-separated CIDR blocks", e);
            }
        }
        return blocks;
    }
}
