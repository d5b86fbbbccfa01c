package dev.vigil.adapters.probes;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/** Loopback servers that misbehave in every way a health endpoint can: the targets of the probe tests. */
final class HostileTargets implements AutoCloseable {
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final HttpServer http;
    private final List<AutoCloseable> extra = new ArrayList<>();
    private final List<Socket> held = new ArrayList<>();
    /** The request headers each path saw last. */
    final Map<String, Map<String, List<String>>> seenHeaders = new ConcurrentHashMap<>();
    final Map<String, String> seenBodies = new ConcurrentHashMap<>();

    HostileTargets() throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
        http.setExecutor(pool);
        http.createContext("/ok", ex -> reply(ex, 200, "{\"status\":\"ok\",\"checks\":{\"db\":\"up\"},\"n\":3}"));
        http.createContext("/down", ex -> reply(ex, 200, "{\"status\":\"down\"}"));
        http.createContext("/not-json", ex -> reply(ex, 200, "<html>hello</html>"));
        http.createContext("/500", ex -> reply(ex, 500, "oops"));
        http.createContext("/slow", ex -> {
            sleep(3000);
            reply(ex, 200, "late");
        });
        http.createContext("/a-bit-slow", ex -> {
            sleep(300);
            reply(ex, 200, "ok");
        });
        http.createContext("/hanging-body", ex -> {
            ex.sendResponseHeaders(200, 1000);
            ex.getResponseBody().write("partial".getBytes(StandardCharsets.UTF_8));
            ex.getResponseBody().flush();
            sleep(5000);
            ex.close();
        });
        http.createContext("/loop", ex -> redirect(ex, "/loop"));
        http.createContext("/moved", ex -> redirect(ex, "/ok"));
        http.createContext("/to-metadata", ex -> redirect(ex, "http://169.254.169.254/latest/meta-data/"));
        http.createContext("/huge", ex -> {
            ex.sendResponseHeaders(200, 2 * 1024 * 1024 + 3);
            try (OutputStream out = ex.getResponseBody()) {
                byte[] chunk = new byte[64 * 1024];
                java.util.Arrays.fill(chunk, (byte) 'x');
                for (int i = 0; i < 32; i++) {
                    out.write(chunk);
                }
                out.write("END".getBytes(StandardCharsets.UTF_8));
            } catch (IOException cancelled) {
                // the probe stops reading after 1 MiB
            }
        });
        http.createContext("/echo", ex -> {
            seenHeaders.put("/echo", ex.getRequestHeaders());
            try (InputStream in = ex.getRequestBody()) {
                seenBodies.put("/echo", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            reply(ex, 200, "ok");
        });
        http.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + http.getAddress().getPort() + path;
    }

    /** A port that accepts connections and then never says a word. */
    int silentPort() throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        extra.add(server);
        pool.submit(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    synchronized (held) {
                        held.add(socket);
                    }
                } catch (IOException closed) {
                    return;
                }
            }
        });
        return server.getLocalPort();
    }

    /** A port nothing listens on. */
    static int closedPort() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return server.getLocalPort();
        }
    }

    /** An HTTPS server whose certificate is self-signed (so no client trusts it); returns its URL. */
    String selfSignedHttps(Path folder) throws Exception {
        Path keystore = folder.resolve("self-signed.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process process = new ProcessBuilder(keytool, "-genkeypair", "-alias", "test", "-keyalg", "EC",
                "-dname", "CN=localhost", "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", "changeit", "-keypass", "changeit", "-ext", "san=ip:127.0.0.1")
                .redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        if (process.waitFor() != 0 || !Files.exists(keystore)) {
            throw new IllegalStateException("keytool could not make a certificate");
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        https.setHttpsConfigurator(new HttpsConfigurator(tls));
        https.setExecutor(pool);
        https.createContext("/ok", ex -> reply(ex, 200, "ok"));
        https.start();
        extra.add(() -> https.stop(0));
        return "https://127.0.0.1:" + https.getAddress().getPort() + "/ok";
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().add("Location", location);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private static void reply(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        } catch (IOException gone) {
            // the client gave up (a timeout test)
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws Exception {
        http.stop(0);
        for (AutoCloseable c : extra) {
            c.close();
        }
        synchronized (held) {
            for (Socket s : held) {
                s.close();
            }
        }
        pool.shutdownNow();
    }
}
