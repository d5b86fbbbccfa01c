package dev.vigil.domain.apikey;

/** The identity of an API key: a positive integer. */
public record ApiKeyId(long value) {
    public ApiKeyId {
        if (value <= 0) {
            throw new IllegalArgumentException("API key id must be a positive integer");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
