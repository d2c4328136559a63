package dev.punchlist.web.auth;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code cap} requests with a body in flight per client address; the next is answered 429 at once. A
 * request thread waits while a body arrives, so some hundreds of clients trickling bodies (to the public webhook,
 * say) took every thread and nothing was answered, {@code /health} included. Requests without a body are not
 * counted: they never wait on the client. The minimum data rate and idle timeout bound how long a counted body lasts.
 */
public final class BodiesPerAddress extends Handler.Wrapper {
    private static final byte[] REFUSAL = ("{\"type\":\"about:blank\",\"title\":\"Too many requests\",\"status\":429,"
            + "\"detail\":\"too many requests with a body in flight from this address\"}").getBytes(StandardCharsets.UTF_8);

    private final int cap;
    private final ConcurrentHashMap<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

    BodiesPerAddress(int cap) {
        this.cap = cap;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!hasBody(request)) {
            return super.handle(request, response, callback);
        }
        String address = Request.getRemoteAddr(request);
        AtomicInteger count = inFlight.computeIfAbsent(address, a -> new AtomicInteger());
        if (count.incrementAndGet() > cap) {
            release(address, count);
            refuse(response, callback);
            return true;
        }
        Callback done = Callback.from(callback, () -> release(address, count));
        boolean handled;
        try {
            handled = super.handle(request, response, done);
        } catch (Exception | Error e) {
            release(address, count);
            throw e;
        }
        if (!handled) {
            release(address, count);
        }
        return handled;
    }

    private static boolean hasBody(Request request) {
        long length = request.getLength();
        return length > 0 || (length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING));
    }

    private void release(String address, AtomicInteger count) {
        if (count.decrementAndGet() == 0) {
            inFlight.remove(address, count);
        }
    }

    private static void refuse(Response response, Callback callback) {
        response.setStatus(429);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
        response.getHeaders().put(HttpHeader.RETRY_AFTER, "5");
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap(REFUSAL), callback);
    }
}
