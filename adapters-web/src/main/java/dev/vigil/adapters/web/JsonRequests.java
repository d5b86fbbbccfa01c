package dev.vigil.adapters.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Reads JSON request bodies: only {@code application/json}, at most a configured number of bytes, well-formed,
 * and an object at the top.
 */
public final class JsonRequests {
    /** The default limit on a request body: 1 MiB. */
    public static final long DEFAULT_LIMIT = 1024 * 1024;

    /** The most of a refused body that is read and dropped so that the 413 reaches the client. */
    private static final long DISCARD_MAX = 16L * 1024 * 1024;

    private final ObjectMapper mapper;
    private final long maxBytes;

    public JsonRequests(ObjectMapper mapper, long maxBytes) {
        this.mapper = mapper;
        this.maxBytes = maxBytes;
    }

    /** The body as a JSON object; an empty body is refused. */
    public RequestBody body(Context ctx) {
        return read(ctx, false);
    }

    /** The body as a JSON object; an empty body reads as {@code {}} (for actions whose body is optional). */
    public RequestBody optionalBody(Context ctx) {
        return read(ctx, true);
    }

    public long maxBytes() {
        return maxBytes;
    }

    private RequestBody read(Context ctx, boolean emptyAllowed) {
        long declared = ctx.contentLength();
        if (declared > maxBytes) {
            discardRest(ctx, maxBytes);
            throw HttpProblem.payloadTooLarge(maxBytes);
        }
        byte[] bytes = readAtMost(ctx, maxBytes);
        if (bytes.length == 0) {
            if (emptyAllowed) {
                return new RequestBody(mapper.createObjectNode());
            }
            throw HttpProblem.badRequest("request body is empty: send a JSON object");
        }
        requireJson(ctx.contentType());
        JsonNode node;
        try {
            node = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw HttpProblem.badRequest("malformed JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr()));
        } catch (IOException e) {
            throw HttpProblem.badRequest("unreadable request body");
        }
        if (!(node instanceof ObjectNode object)) {
            throw HttpProblem.badRequest("request body must be a JSON object");
        }
        return new RequestBody(object);
    }

    private static void requireJson(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
        if (!type.equals("application/json")) {
            throw HttpProblem.unsupportedMediaType("Content-Type must be application/json"
                    + (type.isEmpty() ? "" : ", not " + (type.length() > 60 ? type.substring(0, 60) + "…" : type)));
        }
    }

    /**
     * Reads and drops what is left of a refused body, up to a few times the limit. A server that answers while the
     * client is still sending and then closes makes the kernel reset the connection, which can destroy the answer
     * before the client reads it: the client would see a broken connection instead of the 413. A body far beyond
     * the limit is not read to its end; its connection is closed and such a client may not see the answer.
     */
    private static void discardRest(Context ctx, long limit) {
        long budget = Math.min(DISCARD_MAX, Math.max(limit, 64 * 1024) * 4);
        byte[] sink = new byte[64 * 1024];
        try (InputStream in = ctx.bodyInputStream()) {
            int n;
            while (budget > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, budget))) > 0) {
                budget -= n;
            }
        } catch (IOException | RuntimeException e) {
            // The client went away or the stream is closed: nothing is left to protect.
        }
    }

    private static byte[] readAtMost(Context ctx, long limit) {
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                discardRest(ctx, limit);
                throw HttpProblem.payloadTooLarge(limit);
            }
            return bytes;
        } catch (IOException e) {
            throw HttpProblem.badRequest("unreadable request body");
        }
    }
}
