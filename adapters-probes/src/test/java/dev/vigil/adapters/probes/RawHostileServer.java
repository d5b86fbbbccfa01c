package dev.vigil.adapters.probes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback HTTP "server" on a raw {@link ServerSocket} that misbehaves below the level an HTTP library allows: it
 * trickles its answer a byte at a time, sends headers that never end, accepts and never answers, redirects forever or
 * in a loop, or sends a body that never ends. The path picks the behaviour; {@link #url(String)} builds the URL.
 *
 * <p>It counts the connections it holds open, so a test can see whether the client let go of each one after its
 * timeout. {@link #main} runs it as a process of its own (the soak test measures the client's threads and file
 * descriptors, not the server's): it prints {@code port N} and stops when its standard input closes.
 */
public final class RawHostileServer implements AutoCloseable {
    /** The paths, one per behaviour. */
    public static final String TRICKLE = "/trickle";
    public static final String TRICKLE_BODY = "/trickle-body";
    public static final String ENDLESS_HEADERS = "/endless-headers";
    public static final String SILENT = "/silent";
    public static final String REDIRECT_FOREVER = "/redirect-forever/0";
    public static final String REDIRECT_LOOP = "/loop-a";
    public static final String SLOW_REDIRECTS = "/slow-redirect/0";
    public static final String ENDLESS_BODY = "/endless-body";
    public static final Set<String> ALL = Set.of(TRICKLE, TRICKLE_BODY, ENDLESS_HEADERS, SILENT, REDIRECT_FOREVER,
            REDIRECT_LOOP, SLOW_REDIRECTS, ENDLESS_BODY);

    private final ServerSocket server;
    private final ExecutorService pool;
    private final Duration trickleEvery;
    private final long headerCap;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Set<Socket> openEndlessHeaders = ConcurrentHashMap.newKeySet();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong headerBytes = new AtomicLong();
    private volatile boolean endlessHeadersRecovered;

    public RawHostileServer() throws IOException {
        this(Duration.ofSeconds(1), Long.MAX_VALUE);
    }

    /**
     * @param trickleEvery how long the trickling paths wait between two bytes
     * @param headerCap after this many bytes of endless headers the target stops writing and just holds the
     *                  connection (still no end of headers), so a long soak does not fill the kernel with buffers
     */
    public RawHostileServer(Duration trickleEvery, long headerCap) throws IOException {
        this.trickleEvery = trickleEvery;
        this.headerCap = headerCap;
        this.server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "hostile-target-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        pool.submit(this::acceptLoop);
    }

    public int port() {
        return server.getLocalPort();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** Connections accepted and not yet closed by either side. */
    public int openConnections() {
        return open.size();
    }

    public long accepted() {
        return accepted.get();
    }

    /** From now on {@link #ENDLESS_HEADERS} answers a plain {@code 200 ok}: the target has been fixed. */
    public void recoverEndlessHeaders() {
        endlessHeadersRecovered = true;
    }

    /** Connections to {@link #ENDLESS_HEADERS} not yet closed by either side. */
    public int openEndlessHeaderConnections() {
        return openEndlessHeaders.size();
    }

    /** Bytes of header lines written by {@link #ENDLESS_HEADERS} so far, all connections together. */
    public long endlessHeaderBytes() {
        return headerBytes.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                accepted.incrementAndGet();
                open.add(socket);
                pool.submit(() -> serve(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            String path = readRequestPath(in);
            if (path == null) {
                return;
            }
            if (path.equals(ENDLESS_HEADERS) && !endlessHeadersRecovered) {
                openEndlessHeaders.add(socket);
            }
            behave(path, in, out);
        } catch (IOException | InterruptedException gone) {
            // the client hung up: exactly what a timeout should do
        } finally {
            open.remove(socket);
            openEndlessHeaders.remove(socket);
        }
    }

    private void behave(String path, InputStream in, OutputStream out) throws IOException, InterruptedException {
        if (path.equals(TRICKLE)) {
            trickle(out, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
        } else if (path.equals(TRICKLE_BODY)) {
            write(out, "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\nConnection: close\r\n\r\n");
            trickle(out, "x".repeat(1000));
        } else if (path.equals(ENDLESS_HEADERS) && endlessHeadersRecovered) {
            write(out, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
        } else if (path.equals(ENDLESS_HEADERS)) {
            write(out, "HTTP/1.1 200 OK\r\n");
            long written = 0;
            for (long i = 0; written < headerCap; i++) {
                String line = "X-Filler-" + i + ": " + "a".repeat(100) + "\r\n";
                write(out, line);
                written += line.length();
                headerBytes.addAndGet(line.length());
            }
            while (in.read() >= 0) {
                // past the cap: hold the connection, headers still unfinished, until the client closes it
            }
        } else if (path.equals(SILENT)) {
            // Never a word; wait until the client gives up and closes (read returns -1).
            while (in.read() >= 0) {
                // swallow whatever comes
            }
        } else if (path.startsWith("/redirect-forever/")) {
            long n = Long.parseLong(path.substring("/redirect-forever/".length()));
            redirect(out, "/redirect-forever/" + (n + 1));
        } else if (path.equals("/loop-a")) {
            redirect(out, url("/loop-b"));
        } else if (path.equals("/loop-b")) {
            redirect(out, "/loop-a");
        } else if (path.startsWith("/slow-redirect/")) {
            long n = Long.parseLong(path.substring("/slow-redirect/".length()));
            Thread.sleep(400);
            redirect(out, "/slow-redirect/" + (n + 1));
        } else if (path.equals(ENDLESS_BODY)) {
            write(out, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n");
            byte[] chunk = ("2000\r\n" + "y".repeat(0x2000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            while (true) {
                out.write(chunk);
            }
        } else {
            write(out, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        }
    }

    private void trickle(OutputStream out, String text) throws IOException, InterruptedException {
        for (byte b : text.getBytes(StandardCharsets.US_ASCII)) {
            out.write(b);
            out.flush();
            Thread.sleep(trickleEvery.toMillis());
        }
    }

    private static void redirect(OutputStream out, String location) throws IOException {
        write(out, "HTTP/1.1 302 Found\r\nLocation: " + location + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Reads the request head and returns its path, or null when the client closed first. */
    private static String readRequestPath(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0 || head.size() > 64 * 1024) {
                return null;
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String first = head.toString(StandardCharsets.US_ASCII).lines().findFirst().orElse("");
        String[] parts = first.split(" ");
        return parts.length >= 2 ? parts[1] : "/";
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : open) {
            socket.close();
        }
        pool.shutdownNow();
    }

    /**
     * Runs the server as a process of its own: prints {@code port N}; on a line {@code stats} on standard input prints
     * {@code open N accepted N endless-headers-open N}; stops when standard input closes. Arguments: the trickle
     * pause in milliseconds and the endless-header cap in bytes, both optional.
     */
    public static void main(String[] args) throws Exception {
        Duration every = args.length > 0 ? Duration.ofMillis(Long.parseLong(args[0])) : Duration.ofSeconds(1);
        long cap = args.length > 1 ? Long.parseLong(args[1]) : Long.MAX_VALUE;
        try (RawHostileServer server = new RawHostileServer(every, cap)) {
            System.out.println("port " + server.port());
            System.out.flush();
            java.io.BufferedReader commands = new java.io.BufferedReader(
                    new java.io.InputStreamReader(System.in, StandardCharsets.US_ASCII));
            for (String line = commands.readLine(); line != null; line = commands.readLine()) {
                if (line.equals("stats")) {
                    System.out.println("open " + server.openConnections() + " accepted " + server.accepted()
                            + " endless-headers-open " + server.openEndlessHeaderConnections());
                    System.out.flush();
                }
            }
        }
    }
}
