package dev.vigil.adapters.web;

/** The body of every error response: {@code {"error": "…"}}. */
public record ApiError(String error) {
}
