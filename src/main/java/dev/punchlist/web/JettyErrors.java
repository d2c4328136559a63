package dev.punchlist.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;

/**
 * The answers Jetty gives itself, before a request reaches the application (a malformed request 400, a URI too
 * long 414, headers too large 431, a body too slow 408), as problem+json like every other error, not Jetty's HTML.
 */
public final class JettyErrors extends ErrorHandler {
    private final ObjectMapper json;

    public JettyErrors(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ApiErrors.PROBLEM_JSON);
        response.write(true, problem(code, message), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, ApiErrors.PROBLEM_JSON);
        return problem(status, reason);
    }

    private ByteBuffer problem(int status, String message) {
        String title = HttpStatus.getMessage(status);
        try {
            return ByteBuffer.wrap(json.writeValueAsBytes(Problem.of(status, title, message == null ? title : message, null)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
