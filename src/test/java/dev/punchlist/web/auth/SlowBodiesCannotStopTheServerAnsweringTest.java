package dev.punchlist.web.auth;

import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous clients that send a body a byte at a time to the public webhook (each holding a request thread while
 * it waits) do not stop the server answering: bodies in flight are capped per address, and a body slower than
 * the minimum rate is cut off, so {@code /health} and every other route keep answering.
 */
class SlowBodiesCannotStopTheServerAnsweringTest {
    private static final int ATTACKERS = 300; // more than Jetty's 250 request threads

    private final TestApp app = TestApp.start();
    private final List<Socket> attackers = new ArrayList<>();

    @AfterEach
    void stop() throws IOException {
        for (Socket s : attackers) {
            s.close();
        }
        app.close();
    }

    @Test
    void health_answers_while_three_hundred_connections_trickle_a_webhook_body() throws Exception {
        for (int i = 0; i < ATTACKERS; i++) {
            attackers.add(trickler());
        }
        for (int second = 0; second < 4; second++) {
            Thread.sleep(1000);
            attackers.forEach(SlowBodiesCannotStopTheServerAnsweringTest::oneMoreByte);
        }

        for (int i = 0; i < 5; i++) {
            var health = app.send(app.request("/health").timeout(Duration.ofSeconds(3)).GET());
            assertThat(health.statusCode()).isEqualTo(200);
        }
        var ready = app.send(app.request("/ready").timeout(Duration.ofSeconds(3)).GET());
        assertThat(ready.statusCode()).isEqualTo(200);
    }

    private Socket trickler() throws IOException {
        Socket socket = new Socket("127.0.0.1", app.server().port());
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/v1/jira/webhook/PAY HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    private static void oneMoreByte(Socket socket) {
        try {
            socket.getOutputStream().write(' ');
            socket.getOutputStream().flush();
        } catch (IOException cutOff) {
            // the server has given up on this body, as it should
        }
    }
}
