package dev.vigil.adapters.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What Jetty answers itself, before a request reaches a route: a request it cannot parse (a control character in
 * the path or a header, an encoded NUL, a malformed request line, headers too large). Such an answer is the API's
 * {@code {"error": "…"}} like every other refusal, not Jetty's HTML error page, and never carries a stack trace.
 */
final class ProtocolErrors extends ErrorHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body(code, message)), callback);
    }

    /** {@code {"error": "the request could not be read: <Jetty's reason>"}} for a 4xx, a generic text otherwise. */
    static byte[] body(int code, String reason) {
        String why = reason == null || reason.isBlank() ? HttpStatus.getMessage(code) : reason;
        String text = code >= 400 && code < 500 ? "the request could not be read: " + why : "internal server error";
        try {
            return JSON.writeValueAsBytes(Map.of("error", text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a one-field map always serialises", e);
        }
    }
}
