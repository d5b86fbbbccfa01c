package dev.vigil.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * The health endpoint the benchmark checks: a loopback HTTP server answering {@code 200 {"status":"ok"}} on every
 * path. Run in its own process so its CPU does not count as Vigil's; it prints its port and serves until killed.
 */
public final class StubServer {
    private StubServer() {
    }

    public static HttpServer start(int threads) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        server.setExecutor(Executors.newFixedThreadPool(threads));
        byte[] body = "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    public static void main(String[] args) throws IOException {
        HttpServer server = start(8);
        PrintStream out = System.out;
        out.println("port " + server.getAddress().getPort());
        out.flush();
    }
}
