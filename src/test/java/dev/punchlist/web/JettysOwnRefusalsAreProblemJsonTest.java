package dev.punchlist.web;

import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests Jetty refuses before the application sees them are answered problem+json like every other error. */
class JettysOwnRefusalsAreProblemJsonTest {
    @Test
    void a_uri_too_long_is_414_problem_json() throws IOException {
        try (TestApp app = TestApp.start()) {
            String answer = raw(app, "GET /api/v1/projects?q=" + "x".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertThat(answer).startsWith("HTTP/1.1 414").containsIgnoringCase("Content-Type: application/problem+json")
                    .contains("\"status\":414");
        }
    }

    @Test
    void a_malformed_request_is_400_problem_json() throws IOException {
        try (TestApp app = TestApp.start()) {
            String answer = raw(app, "GET /health HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\nConnection: close\r\n\r\n");
            assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json")
                    .contains("\"status\":400");
        }
    }

    private static String raw(TestApp app, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", app.server().port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
