package dev.vigil.domain.outbound;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where checks and webhooks may send requests. Loopback and private networks are allowed (watching internal
 * services is the point of a self-hosted monitor); link-local and cloud-metadata addresses are always refused. An
 * admin's lists can only narrow this: a deny list refuses its blocks, and when an allow list is set only its blocks
 * are reachable (an allow list never opens the built-in refusals). Every address a name resolves to, and every
 * redirect target, is checked.
 */
public record OutboundPolicy(List<Cidr> deny, List<Cidr> allow) {
    /** Always refused, whatever the lists say: IPv4 and IPv6 link-local (cloud metadata lives there) and AWS's IPv6 metadata. */
    public static final List<Cidr> BUILT_IN_DENY = List.of(
            Cidr.parse("169.254.0.0/16"), Cidr.parse("fe80::/10"), Cidr.parse("fd00:ec2::254/128"));

    /** The default: only the built-in deny list. */
    public static final OutboundPolicy DEFAULT = new OutboundPolicy(List.of(), List.of());

    /**
     * @throws IllegalArgumentException when an allowed block lies wholly inside a block that is always refused: it
     *                                  could never be reached, so it is surely a mistake
     */
    public OutboundPolicy {
        deny = List.copyOf(Objects.requireNonNull(deny, "deny"));
        allow = List.copyOf(Objects.requireNonNull(allow, "allow"));
        for (Cidr block : allow) {
            BUILT_IN_DENY.stream().filter(b -> b.encloses(block)).findFirst().ifPresent(b -> {
                throw new IllegalArgumentException(block + " lies inside " + b + ", which is always refused "
                        + "(link-local and cloud-metadata addresses)");
            });
        }
    }

    /** True when the admin narrowed the default with a deny or an allow list. */
    public boolean isNarrowed() {
        return !deny.isEmpty() || !allow.isEmpty();
    }

    /** Why a request to {@code address} is refused, or empty when it may go. */
    public Optional<String> refusal(InetAddress address) {
        InetAddress target = unmapped(address);
        String shown = target.getHostAddress();
        Optional<String> builtIn = BUILT_IN_DENY.stream().filter(c -> c.contains(target)).findFirst()
                .map(c -> shown + " is a link-local or cloud-metadata address (" + c + ")");
        if (builtIn.isPresent()) {
            return builtIn;
        }
        Optional<String> denied = deny.stream().filter(c -> c.contains(target)).findFirst()
                .map(c -> shown + " is in a denied network (" + c + ")");
        if (denied.isPresent()) {
            return denied;
        }
        if (!allow.isEmpty() && allow.stream().noneMatch(c -> c.contains(target))) {
            return Optional.of(shown + " is outside the allowed networks");
        }
        return Optional.empty();
    }

    /** An IPv4 address written as IPv6 ({@code ::ffff:169.254.169.254}) is judged as the IPv4 address it is. */
    private static InetAddress unmapped(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] b = address.getAddress();
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            mapped &= b[10] == (byte) 0xFF && b[11] == (byte) 0xFF;
            if (mapped) {
                try {
                    return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
                } catch (UnknownHostException impossible) {
                    throw new IllegalStateException(impossible);
                }
            }
        }
        return address;
    }
}
