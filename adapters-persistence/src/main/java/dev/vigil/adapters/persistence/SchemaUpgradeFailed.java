package dev.vigil.adapters.persistence;

/** A schema migration failed while opening the database; the message says what happened and how to go back. */
public final class SchemaUpgradeFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SchemaUpgradeFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
