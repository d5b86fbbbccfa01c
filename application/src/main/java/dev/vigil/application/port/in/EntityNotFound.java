package dev.vigil.application.port.in;

/** The request named something by an id that does not exist. */
public abstract class EntityNotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected EntityNotFound(String message) {
        super(message);
    }
}
