package dev.vigil.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Requests the HTTP server refuses before any route sees them get the API's {@code {"error": "…"}} too, sent over a
 * raw socket because no well-behaved client can send them.
 */
class ProtocolErrorsTest {
    private final ApiServer server = new ApiServer();

    @AfterEach
    void close() {
        server.close();
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void aControlCharacterInThePath_isA400WithAnErrorNamingIt() throws IOException {
        String answer = raw("GET /api/sys\u0001tems HTTP/1.1\r\nHost: vigil\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400 ");
        assertThat(answer).containsIgnoringCase("Content-Type: application/json")
                .endsWith("{\"error\":\"the request could not be read: Illegal character CNTL=0x1\"}")
                .doesNotContain("<html");
    }

    @Test
    void aControlCharacterInAHeader_andAnEncodedNul_areRefusedTheSameWay() throws IOException {
        String header = raw("GET /api/systems HTTP/1.1\r\nHost: vigil\r\nX-Note: a\u0001b\r\nConnection: close\r\n\r\n");
        String nul = raw("GET /status%00x HTTP/1.1\r\nHost: vigil\r\nConnection: close\r\n\r\n");

        for (String answer : new String[] {header, nul}) {
            assertThat(answer).startsWith("HTTP/1.1 400 ").containsIgnoringCase("Content-Type: application/json")
                    .contains("{\"error\":\"the request could not be read: ").doesNotContain("<html");
        }
    }

    @Test
    void theBody_isJsonWithTheReason_orTheStatusTextWithoutOne() {
        assertThat(new String(ProtocolErrors.body(400, "Bad \"quoted\" thing"), StandardCharsets.UTF_8))
                .isEqualTo("{\"error\":\"the request could not be read: Bad \\\"quoted\\\" thing\"}");
        assertThat(new String(ProtocolErrors.body(431, null), StandardCharsets.UTF_8))
                .isEqualTo("{\"error\":\"the request could not be read: Request Header Fields Too Large\"}");
        assertThat(new String(ProtocolErrors.body(500, "NullPointerException in x"), StandardCharsets.UTF_8))
                .isEqualTo("{\"error\":\"internal server error\"}");
    }
}
