package dev.punchlist.testing;

/** Small reports written for the tests. */
public final class Reports {
    private Reports() {
    }

    public static final String PAYMENTS = """
            # Payments API audit

            ## Findings

            - [ ] **Critical:** Rotate the leaked payment provider key found in config/settings.py
            - [ ] **High:** Add rate limiting to the login endpoint
            - [ ] **High:** Set timeouts on calls to the card processor
            - [ ] **Medium:** Add request ids to every log line
            - [ ] **Low:** Remove the unused admin debug route
            """;

    /** The same service a month later: two fixed, one new, one reworded. */
    public static final String PAYMENTS_REAUDIT = """
            # Payments API audit, second round

            ## Findings

            - [ ] **High:** Rate limiting missing on the login endpoint
            - [ ] **Medium:** Add request ids to every log line
            - [ ] **Critical:** Webhook signatures are not verified
            """;
}
