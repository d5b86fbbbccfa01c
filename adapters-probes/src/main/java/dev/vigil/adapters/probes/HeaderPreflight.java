package dev.vigil.adapters.probes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Works around a JDK 17 HttpClient bug: when a response's headers run past its limit ({@code jdk.http.maxHeaderSize},
 * 384 KiB) the client fails the request but never closes the connection, which keeps a file descriptor and about a
 * mebibyte of heap for as long as the target holds the connection open: every run of a check against such a target
 * leaked both (measured in HostileTargetsSoakIT; JDK 25 closes the connection).
 *
 * <p>So an address whose headers once ran past the limit becomes a suspect: before the JDK client is trusted with it
 * again, this class sends the same request on a socket of its own, reads only the status line and headers (at most
 * {@link #LIMIT} bytes, within the remaining time), and always closes the socket. Headers that still do not end mean
 * a down result without the JDK client; headers that end clear the suspicion and the check goes on as usual (so a
 * recovered target is requested twice in that one run). At most {@link #MAX_SUSPECTS} addresses are remembered.
 */
final class HeaderPreflight implements AutoCloseable {
    static final int LIMIT = 384 * 1024;
    static final int MAX_SUSPECTS = 10_000;
    private static final int THREADS = 8;

    private final Set<String> suspects = ConcurrentHashMap.newKeySet();
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS, NetworkProbe.daemon("vigil-probe-preflight-"));

    boolean isSuspect(URI uri) {
        return suspects.contains(key(uri));
    }

    void suspect(URI uri) {
        if (suspects.size() < MAX_SUSPECTS) {
            suspects.add(key(uri));
        }
    }

    /**
     * Sends the request to {@code address} and completes with whether the response's headers ended within the limit,
     * or exceptionally ({@link HttpTimeoutException} when the time ran out, an {@link IOException} otherwise).
     */
    CompletableFuture<Boolean> headersFit(URI uri, InetAddress address, String method, Map<String, String> headers,
                                          String body, String userAgent, Duration timeout) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                boolean fit = readHeaders(uri, address, method, headers, body, userAgent, timeout);
                if (fit) {
                    suspects.remove(key(uri));
                }
                return fit;
            } catch (IOException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, pool);
    }

    private boolean readHeaders(URI uri, InetAddress address, String method, Map<String, String> headers, String body,
                                String userAgent, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean tls = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : (tls ? 443 : 80);
        try (Socket plain = new Socket()) {
            // Closing the socket at the deadline ends a read that would otherwise wait for the next trickled byte.
            CompletableFuture<Void> closer = CompletableFuture.runAsync(() -> quietlyClose(plain),
                    CompletableFuture.delayedExecutor(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS));
            try {
                plain.connect(new InetSocketAddress(address, port), (int) Math.max(1, timeout.toMillis()));
                Socket socket = plain;
                if (tls) {
                    SSLSocket secure = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                            .createSocket(plain, uri.getHost(), port, true);
                    SSLParameters parameters = secure.getSSLParameters();
                    parameters.setEndpointIdentificationAlgorithm("HTTPS");
                    secure.setSSLParameters(parameters);
                    secure.startHandshake();
                    socket = secure;
                }
                write(socket.getOutputStream(), uri, method, headers, body, userAgent, port);
                return headersEnd(socket.getInputStream());
            } catch (IOException e) {
                if (System.nanoTime() - deadline >= 0) {
                    throw new HttpTimeoutException("no answer within the timeout");
                }
                throw e;
            } finally {
                closer.cancel(false);
            }
        }
    }

    private static void write(OutputStream out, URI uri, String method, Map<String, String> headers, String body,
                              String userAgent, int port) throws IOException {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            path += "?" + uri.getRawQuery();
        }
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder()
                .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(uri.getHost()).append(uri.getPort() > 0 ? ":" + port : "").append("\r\n")
                .append("User-Agent: ").append(userAgent).append("\r\n")
                .append("Connection: close\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (content.length > 0) {
            if (headers.keySet().stream().noneMatch(h -> h.equalsIgnoreCase("Content-Type"))) {
                head.append("Content-Type: application/json\r\n");
            }
            head.append("Content-Length: ").append(content.length).append("\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.flush();
    }

    /** Reads until the blank line that ends the headers; false when {@link #LIMIT} bytes come first. */
    static boolean headersEnd(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        int state = 0;
        long read = 0;
        while (read < LIMIT) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, LIMIT - read));
            if (n < 0) {
                throw new IOException("connection closed before the end of the response headers");
            }
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                // \r\n\r\n, also tolerating bare \n\n
                if (b == '\n') {
                    if (state == 1 || state == 3) {
                        state = state == 3 ? 4 : 2;
                    } else if (state == 2) {
                        state = 4;
                    } else {
                        state = 2;
                    }
                } else if (b == '\r') {
                    state = state == 2 ? 3 : 1;
                } else {
                    state = 0;
                }
                if (state == 4) {
                    return true;
                }
            }
            read += n;
        }
        return false;
    }

    private static String key(URI uri) {
        return (uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort() + uri.getRawPath()).toLowerCase(java.util.Locale.ROOT);
    }

    private static void quietlyClose(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is all there was to do
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
