package dev.punchlist.jira;

/** Which Jira product we talk to; they differ in REST version, auth scheme and rich-text format. */
public enum Flavour {
    /** Jira Cloud: REST v3, ADF descriptions, Basic auth with e-mail and API token. */
    CLOUD("3"),
    /** Jira Data Center: REST v2, wiki-markup descriptions, Bearer personal access token. */
    DATA_CENTER("2");

    private final String apiVersion;

    Flavour(String apiVersion) {
        this.apiVersion = apiVersion;
    }

    /** Path prefix of the REST API, e.g. {@code /rest/api/3}. */
    public String apiPrefix() {
        return "/rest/api/" + apiVersion;
    }
}
