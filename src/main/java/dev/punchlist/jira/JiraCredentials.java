package dev.punchlist.jira;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * The secret used to call Jira: e-mail + API token on Cloud, a personal access token on Data Center.
 * {@link #toString()} never shows the secret, so credentials can safely end up in logs.
 */
public final class JiraCredentials {
    private final String email;
    private final String secret;

    private JiraCredentials(String email, String secret) {
        this.email = email;
        this.secret = Objects.requireNonNull(secret, "secret");
        if (secret.isBlank()) throw new IllegalArgumentException("the Jira token is empty");
    }

    /** Cloud: Basic auth with the account e-mail and an API token. */
    public static JiraCredentials cloud(String email, String apiToken) {
        if (email == null || !email.contains("@")) {
            throw new IllegalArgumentException("Jira Cloud needs the e-mail address of the account that owns the API token");
        }
        return new JiraCredentials(email, apiToken);
    }

    /** Data Center: Bearer auth with a personal access token. */
    public static JiraCredentials dataCenter(String personalAccessToken) {
        return new JiraCredentials(null, personalAccessToken);
    }

    /** The value of the {@code Authorization} header. */
    public String authorizationHeader() {
        if (email == null) return "Bearer " + secret;
        String pair = email + ":" + secret;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    public boolean isCloud() {
        return email != null;
    }

    @Override
    public String toString() {
        return email == null ? "JiraCredentials[PAT ****]" : "JiraCredentials[" + email + ", API token ****]";
    }
}
