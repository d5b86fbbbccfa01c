package dev.vigil.adapters.persistence;

/** How many ids go into one {@code IN (…)} list: well below SQLite's limit on bound parameters. */
final class Chunks {
    static final int SIZE = 500;

    private Chunks() {
    }
}
