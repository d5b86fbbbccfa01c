package dev.vigil.domain.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.regex.Pattern;

/** A block of IP addresses written {@code address/prefix}, such as {@code 10.0.0.0/8} or {@code fe80::/10}. */
public record Cidr(InetAddress network, int prefix) {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    public Cidr {
        Objects.requireNonNull(network, "network");
        int bits = network.getAddress().length * 8;
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("CIDR prefix must be between 0 and " + bits);
        }
    }

    /** Parses {@code a.b.c.d/n} or {@code ipv6/n}; a bare address means a single host. Never resolves a name. */
    public static Cidr parse(String text) {
        Objects.requireNonNull(text, "text");
        String value = text.strip();
        int slash = value.indexOf('/');
        String address = slash < 0 ? value : value.substring(0, slash);
        if (!IPV4.matcher(address).matches() && !IPV6.matcher(address).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a CIDR block such as 10.0.0.0/8 or fd00::/8");
        }
        InetAddress network;
        try {
            network = InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + value + "' is not a CIDR block such as 10.0.0.0/8 or fd00::/8");
        }
        int bits = network.getAddress().length * 8;
        int prefix;
        try {
            prefix = slash < 0 ? bits : Integer.parseInt(value.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' has no valid prefix length");
        }
        return new Cidr(network, prefix);
    }

    /** True when {@code address} lies in this block (IPv4 and IPv6 never match each other). */
    public boolean contains(InetAddress address) {
        byte[] net = network.getAddress();
        byte[] candidate = address.getAddress();
        if (net.length != candidate.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (net[i] != candidate[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (net[full] & mask) == (candidate[full] & mask);
    }

    /** True when every address of {@code other} lies in this block. */
    public boolean encloses(Cidr other) {
        return other.network.getAddress().length == network.getAddress().length && prefix <= other.prefix
                && contains(other.network);
    }

    @Override
    public String toString() {
        return network.getHostAddress() + "/" + prefix;
    }
}
