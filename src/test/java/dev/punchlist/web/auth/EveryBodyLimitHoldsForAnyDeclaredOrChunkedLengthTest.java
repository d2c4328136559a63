package dev.punchlist.web.auth;

import dev.punchlist.testing.TestApp;
import dev.punchlist.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JSON or form body is at most 64 KiB and a report at most the report limit, whatever length the request
 * declares (even beyond 2^31, which the servlet API reports as "unknown") and when it declares none (chunked).
 */
class EveryBodyLimitHoldsForAnyDeclaredOrChunkedLengthTest {
    private static final long REPORT_LIMIT = 100_000;

    private final TestApp app = TestApp.startWithReportLimit(REPORT_LIMIT);

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void a_json_body_declared_longer_than_two_to_the_31_is_refused_before_it_is_read() throws IOException {
        String answer = declared("POST", "/api/v1/projects", "application/json", (1L << 32) + 1, 1 << 20);

        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(app.app().projects().find("BIG")).isEmpty();
    }

    @Test
    void a_report_declared_longer_than_two_to_the_31_is_refused_too() throws IOException {
        app.postJson("/api/v1/projects", "{\"key\":\"PAY\",\"name\":\"Payments\"}").expect(201);

        assertThat(declared("POST", "/api/v1/projects/PAY/audits", "text/markdown", (1L << 31) + 1, 1 << 20)).startsWith("HTTP/1.1 413");
    }

    /** 100 KiB: over the JSON limit, under this app's request limit (164 KB), which Javalin held already. */
    @Test
    void a_chunked_json_body_over_64_kib_is_refused() throws IOException {
        String big = "{\"key\":\"BIG\",\"name\":\"" + "x".repeat(100 * 1024) + "\"}";

        assertThat(chunked("POST", "/api/v1/projects", "application/json", big)).startsWith("HTTP/1.1 413");
        assertThat(app.app().projects().find("BIG")).isEmpty();
    }

    @Test
    void a_chunked_json_body_under_64_kib_is_read() throws IOException {
        assertThat(chunked("POST", "/api/v1/projects", "application/json", "{\"key\":\"SMALL\",\"name\":\"Small\"}"))
                .startsWith("HTTP/1.1 201");
    }

    @Test
    void a_chunked_report_over_the_report_limit_is_refused() throws IOException {
        app.postJson("/api/v1/projects", "{\"key\":\"PAY\",\"name\":\"Payments\"}").expect(201);
        String report = "# Audit\n\n" + "- **High:** rotate the key\n".repeat(20_000);

        assertThat(chunked("POST", "/api/v1/projects/PAY/audits", "text/markdown", report)).startsWith("HTTP/1.1 413");
    }

    @Test
    void a_chunked_multipart_upload_over_the_report_limit_is_refused() throws IOException {
        app.postJson("/api/v1/projects", "{\"key\":\"PAY\",\"name\":\"Payments\"}").expect(201);
        String body = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.md\"\r\nContent-Type: text/markdown\r\n\r\n"
                + "x".repeat(3 * (int) REPORT_LIMIT) + "\r\n--b--\r\n";

        assertThat(chunked("POST", "/api/v1/projects/PAY/audits", "multipart/form-data; boundary=b", body)).startsWith("HTTP/1.1 413");
    }

    /** Declares {@code length}, sends {@code sent} bytes of it, and returns the status line and headers of the answer. */
    private String declared(String method, String path, String type, long length, int sent) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", app.server().port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head(method, path, type, "Content-Length: " + length));
            try {
                out.write(new byte[sent]);
                out.flush();
            } catch (IOException closedEarly) {
                // the server may answer and close before reading what it does not want
            }
            return answer(socket.getInputStream());
        }
    }

    private String chunked(String method, String path, String type, String body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", app.server().port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head(method, path, type, "Transfer-Encoding: chunked"));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            try {
                for (int at = 0; at < bytes.length; at += 8192) {
                    int n = Math.min(8192, bytes.length - at);
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(bytes, at, n);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedEarly) {
                // as above
            }
            return answer(socket.getInputStream());
        }
    }

    private byte[] head(String method, String path, String type, String length) {
        return (method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + app.apiToken(Role.ADMIN)
                + "\r\nContent-Type: " + type + "\r\n" + length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static String answer(InputStream in) throws IOException {
        byte[] buffer = new byte[4096];
        int n = in.readNBytes(buffer, 0, buffer.length);
        return new String(buffer, 0, Math.max(n, 0), StandardCharsets.ISO_8859_1);
    }
}
