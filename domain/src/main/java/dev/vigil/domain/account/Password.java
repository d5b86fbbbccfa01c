package dev.vigil.domain.account;

import java.util.Objects;
import java.util.random.RandomGenerator;

/** A password in clear, as typed or generated: never stored, never logged, only hashed or shown once. */
public final class Password {
    /** The shortest password Vigil accepts to set. */
    public static final int MIN_LENGTH = 12;
    /** The longest password Vigil reads: hashing cost grows with length, so the length is bounded. */
    public static final int MAX_LENGTH = 1024;
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_LENGTH = 24;

    private final String value;

    private Password(String value) {
        this.value = value;
    }

    /** A password someone chose to set: {@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters, no control characters. */
    public static Password chosen(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(field + " must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(field + " must not contain control characters");
        }
        return new Password(value);
    }

    /** A password typed into a login form: anything up to {@value #MAX_LENGTH} characters is tried. */
    public static Password attempt(String value) {
        Objects.requireNonNull(value, "password");
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("password must be at most " + MAX_LENGTH + " characters long");
        }
        return new Password(value);
    }

    /** A fresh random password of 24 characters that are hard to confuse (about 140 bits). */
    public static Password generate(RandomGenerator random) {
        StringBuilder chars = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            chars.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new Password(chars.toString());
    }

    /** The password itself: to be hashed, or shown once to the person it belongs to. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "Password[hidden]";
    }
}
