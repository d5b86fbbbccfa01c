package dev.vigil.bootstrap.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** A health endpoint on loopback that the test can make fail and recover: what an HTTP check calls. */
final class StubTarget implements AutoCloseable {
    private final HttpServer server;
    private volatile int status = 200;

    StubTarget() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] body = (status == 200 ? "{\"status\":\"ok\"}" : "{\"status\":\"broken\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void answer(int newStatus) {
        status = newStatus;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
