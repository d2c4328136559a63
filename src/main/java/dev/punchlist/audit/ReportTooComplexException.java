package dev.punchlist.audit;

import java.time.Duration;

/** Reading the report took more processor time than a read may; refused like a report over the size limit. */
public final class ReportTooComplexException extends ReportTooLargeException {
    ReportTooComplexException(Duration limit) {
        super("the report takes more than " + limit.toSeconds() + " s of processor time to read, the limit for one report;"
                + " split it or leave out repeated or deeply nested parts");
    }
}
