package dev.vigil.domain.account;

import java.util.Objects;

/** A slow salted hash of a password, in the self-describing text form the hasher wrote: all Vigil keeps of it. */
public record PasswordHash(String encoded) {
    public static final int MAX_LENGTH = 512;

    public PasswordHash {
        Objects.requireNonNull(encoded, "encoded");
        if (encoded.isEmpty() || encoded.length() > MAX_LENGTH || encoded.chars().anyMatch(c -> c <= ' ' || c > '~')) {
            throw new IllegalArgumentException("password hash must be 1 to " + MAX_LENGTH + " visible ASCII characters");
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[hidden]";
    }
}
