package dev.vigil.adapters.web.page;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import jakarta.servlet.ServletOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.eclipse.jetty.ee10.servlet.HttpOutput;

/**
 * A response body rendered once and served many times: the bytes, the same bytes gzipped at the best level (sent to
 * clients that accept gzip, as every browser does), and a strong ETag for each (they are different representations).
 *
 * <p>The gzipped bytes are kept outside the heap, in a direct buffer that the server writes to the socket as it is:
 * a heap array is first copied into a temporary direct buffer by the JDK on every write, which cost a fifth of the
 * throughput of a large page (docs/benchmarks.md). The plain bytes, asked for far more rarely, stay on the heap.
 */
public final class Representation {
    private final byte[] identity;
    private final ByteBuffer gzip;
    private final String etag;
    private final String gzipEtag;
    private final String contentType;

    private Representation(byte[] identity, byte[] gzip, String etag, String contentType) {
        this.identity = identity;
        this.gzip = ByteBuffer.allocateDirect(gzip.length).put(gzip).flip().asReadOnlyBuffer();
        this.etag = "\"" + etag + "\"";
        this.gzipEtag = "\"" + etag + "-gz\"";
        this.contentType = contentType;
    }

    public static Representation of(byte[] body, String contentType) {
        return new Representation(body, gzip(body), digest(body), contentType);
    }

    public static Representation html(byte[] body) {
        return of(body, "text/html; charset=utf-8");
    }

    /**
     * Writes this representation. With {@code validated}, it carries its ETag and a matching {@code If-None-Match}
     * gets a 304 without a body.
     */
    public void serve(Context ctx, String cacheControl, boolean validated) {
        boolean gzipped = acceptsGzip(ctx.header("Accept-Encoding"));
        ctx.header("Vary", "Accept-Encoding");
        ctx.header("Cache-Control", cacheControl);
        if (validated) {
            String tag = gzipped ? gzipEtag : etag;
            ctx.header("ETag", tag);
            if (matches(ctx.header("If-None-Match"), tag)) {
                ctx.status(HttpStatus.NOT_MODIFIED);
                return;
            }
        }
        ctx.contentType(contentType);
        if (gzipped) {
            ctx.header("Content-Encoding", "gzip");
        }
        write(ctx, gzipped ? gzip.duplicate() : ByteBuffer.wrap(identity));
    }

    /**
     * Writes the whole body in one call with its length declared, so the server can send it at once, instead of
     * handing it to the framework as a stream to copy in small pieces. Jetty's output takes the buffer as it is.
     */
    private static void write(Context ctx, ByteBuffer body) {
        ctx.header("Content-Length", Integer.toString(body.remaining()));
        try {
            ServletOutputStream out = ctx.res().getOutputStream();
            if (out instanceof HttpOutput jetty) {
                jetty.write(body);
            } else {
                byte[] bytes = new byte[body.remaining()];
                body.get(bytes);
                out.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] bytes() {
        return identity.clone();
    }

    public String text() {
        return new String(identity, StandardCharsets.UTF_8);
    }

    public String etag() {
        return etag;
    }

    public int gzippedSize() {
        return gzip.capacity();
    }

    /** True when {@code Accept-Encoding} accepts gzip (by name or {@code *}) with a non-zero quality. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        boolean viaStar = false;
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].strip().toLowerCase(Locale.ROOT);
            boolean allowed = quality(pieces) > 0;
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                return allowed;
            }
            if (coding.equals("*")) {
                viaStar = allowed;
            }
        }
        return viaStar;
    }

    private static double quality(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String p = pieces[i].strip().toLowerCase(Locale.ROOT);
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2).strip());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    /** True when an {@code If-None-Match} list names {@code tag} (weak comparison, as RFC 9110 asks for it) or is {@code *}. */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || c.equals(tag) || (c.startsWith("W/") && c.substring(2).equals(tag))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
