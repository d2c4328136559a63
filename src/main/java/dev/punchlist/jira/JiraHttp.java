package dev.punchlist.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Semaphore;

/**
 * One Jira site over HTTP: auth header, timeouts, bounded concurrency and the retry policy.
 * Statuses are sorted into: success, retryable (429; 5xx on reads and PUTs), configuration (other 4xx, thrown as
 * {@link JiraConfigException}) and ambiguous (a POST that timed out, lost its answer or got a 5xx).
 */
final class JiraHttp {
    static final ObjectMapper JSON = new ObjectMapper();

    /** A request; {@code accepted} lists non-2xx statuses the caller wants to read instead of failing on. */
    record Call(String method, String path, JsonNode body, boolean idempotent, Set<Integer> accepted) {
        static Call get(String path) {
            return new Call("GET", path, null, true, Set.of());
        }

        static Call write(String method, String path, JsonNode body) {
            return new Call(method, path, body, method.equals("PUT"), Set.of());
        }

        Call accepting(Integer... statuses) {
            return new Call(method, path, body, idempotent, Set.of(statuses));
        }
    }

    record Answer(int status, JsonNode body) {
    }

    private final HttpClient http;
    private final URI site;
    private final String authorization;
    private final Duration readTimeout;
    private final Semaphore permits;
    private final RetryPolicy retry;
    private final Sleeper sleeper;

    JiraHttp(URI site, JiraCredentials credentials, JiraClient.Options options) {
        // never follow a redirect: it would carry the Authorization header to wherever the site points
        this.http = HttpClient.newBuilder().connectTimeout(options.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
        this.site = URI.create(site.toString().replaceAll("/+$", ""));
        this.authorization = credentials.authorizationHeader();
        this.readTimeout = options.readTimeout();
        this.permits = new Semaphore(options.maxConcurrentRequests());
        this.retry = options.retry();
        this.sleeper = options.sleeper();
    }

    Answer send(Call call) {
        for (int attempt = 1; ; attempt++) {
            Attempt result = attempt(call);
            if (result.answer != null) return checked(call, result.answer);
            if (result.status >= 500 && !call.idempotent()) {
                // A 5xx can come after Jira did the work (a node or proxy failing after the commit): sending the
                // write again could make a second ticket, so the caller must look before writing again.
                throw new JiraAmbiguousException(call.method() + " " + call.path() + " answered HTTP " + result.status
                        + "; Jira may have applied it. Look the item up by label before trying again.", null);
            }
            if (attempt >= retry.maxAttempts()) {
                throw new JiraUnavailableException("Jira kept failing on " + call.method() + " " + call.path()
                        + " after " + attempt + " attempts: " + result.problem, result.cause);
            }
            pause(retry.delayAfter(attempt, result.retryAfter));
        }
    }

    /** Either a final answer or a retryable problem. */
    private record Attempt(Answer answer, int status, String problem, String retryAfter, Throwable cause) {
    }

    private Attempt attempt(Call call) {
        HttpResponse<String> response = exchange(call);
        if (response == null) return new Attempt(null, 0, "network error or read timeout", null, null);
        int status = response.statusCode();
        if (status == 429 || status >= 500) {
            return new Attempt(null, status, "HTTP " + status, response.headers().firstValue("Retry-After").orElse(null), null);
        }
        return new Attempt(new Answer(status, parse(response.body())), status, null, null, null);
    }

    /** Returns null for a failure worth retrying; throws when a retry could duplicate a write. */
    private HttpResponse<String> exchange(Call call) {
        acquire();
        try {
            return http.send(request(call), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException notConnected) {
            return null; // the request never reached Jira, so trying again is safe
        } catch (IOException e) {
            if (call.idempotent()) return null;
            throw new JiraAmbiguousException(call.method() + " " + call.path() + " got no answer ("
                    + (e instanceof HttpTimeoutException ? "read timeout" : e.getMessage())
                    + "); Jira may have applied it. Look the item up by label before trying again.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JiraUnavailableException("interrupted while calling Jira", e);
        } finally {
            permits.release();
        }
    }

    private HttpRequest request(Call call) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(site + call.path())).timeout(readTimeout)
                .header("Authorization", authorization).header("Accept", "application/json");
        if (call.body() == null) return b.method(call.method(), HttpRequest.BodyPublishers.noBody()).build();
        return b.header("Content-Type", "application/json")
                .method(call.method(), HttpRequest.BodyPublishers.ofString(call.body().toString())).build();
    }

    private Answer checked(Call call, Answer answer) {
        if (answer.status() / 100 == 2 || call.accepted().contains(answer.status())) return answer;
        throw new JiraConfigException(answer.status(),
                JiraErrors.explain(answer.status(), call.method(), call.path(), answer.body()));
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) return MissingNode.getInstance();
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.createObjectNode().set("errorMessages", JSON.createArrayNode().add(body.strip()));
        }
    }

    private void acquire() {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JiraUnavailableException("interrupted while waiting for a Jira connection slot", e);
        }
    }

    private void pause(Duration d) {
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JiraUnavailableException("interrupted while waiting to retry", e);
        }
    }
}
