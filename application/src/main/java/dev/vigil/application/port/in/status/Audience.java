package dev.vigil.application.port.in.status;

/** Who an overview is for: anyone on the internet (public systems only), or the operators (every system). */
public enum Audience {
    PUBLIC, OPERATORS
}
