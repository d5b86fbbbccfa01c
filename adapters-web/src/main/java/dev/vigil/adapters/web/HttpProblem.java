package dev.vigil.adapters.web;

/** A request the web adapter refuses before it reaches a use case, with the status to answer. */
public final class HttpProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    private HttpProblem(int status, String message) {
        super(message);
        this.status = status;
    }

    public static HttpProblem badRequest(String message) {
        return new HttpProblem(400, message);
    }

    public static HttpProblem unauthorized(String message) {
        return new HttpProblem(401, message);
    }

    public static HttpProblem forbidden(String message) {
        return new HttpProblem(403, message);
    }

    public static HttpProblem notFound(String message) {
        return new HttpProblem(404, message);
    }

    public static HttpProblem payloadTooLarge(long limit) {
        return new HttpProblem(413, "request body is larger than " + limit + " bytes");
    }

    public static HttpProblem unsupportedMediaType(String message) {
        return new HttpProblem(415, message);
    }

    public int status() {
        return status;
    }
}
