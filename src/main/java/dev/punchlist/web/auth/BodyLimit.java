package dev.punchlist.web.auth;

import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;

/**
 * Counts each request body's bytes as Jetty hands them over and fails the read once they pass the body's limit:
 * 64 KiB for JSON and forms, the request limit for reports and signed calls. The access guard refuses a declared
 * length over the limit before a handler runs; this holds the same limits for a body sent chunked, or with a
 * length larger than the servlet API can tell, whatever reads it (Javalin, Jackson, form or multipart parsing).
 */
public final class BodyLimit extends Handler.Wrapper {
    private final AccessGuard guard;
    private final long smallLimit;
    private final long requestLimit;

    BodyLimit(AccessGuard guard, long smallLimit, long requestLimit) {
        this.guard = guard;
        this.smallLimit = smallLimit;
        this.requestLimit = requestLimit;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        boolean small = guard.isSmall(Request.getPathInContext(request), request.getHeaders().get(HttpHeader.CONTENT_TYPE));
        return super.handle(new Counted(request, small ? smallLimit : requestLimit), response, callback);
    }

    /** True when {@code failure} (or one of its causes) is a body read stopped here. */
    public static boolean exceeded(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BadMessageException bad && bad.getCode() == HttpStatus.PAYLOAD_TOO_LARGE_413) {
                return true;
            }
        }
        return false;
    }

    private static final class Counted extends Request.Wrapper {
        private final long limit;
        private long read;

        Counted(Request wrapped, long limit) {
            super(wrapped);
            this.limit = limit;
        }

        @Override
        public Content.Chunk read() {
            Content.Chunk chunk = super.read();
            if (chunk == null || chunk.getFailure() != null) {
                return chunk;
            }
            ByteBuffer content = chunk.getByteBuffer();
            read += content == null ? 0 : content.remaining();
            if (read > limit) {
                chunk.release();
                // as Jetty's SizeLimitHandler does: the next read returns this failure
                getWrapped().fail(new BadMessageException(HttpStatus.PAYLOAD_TOO_LARGE_413, "the body is larger than " + limit + " bytes"));
                return null;
            }
            return chunk;
        }
    }
}
