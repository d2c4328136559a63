package dev.punchlist.audit;

/** The report is over the configured size limit (or, see {@link ReportTooComplexException}, the time limit); nothing was read. */
public class ReportTooLargeException extends RuntimeException {
    private final long size;
    private final long limit;

    public ReportTooLargeException(long size, long limit) {
        super("report is " + size + " bytes; the limit is " + limit + " bytes");
        this.size = size;
        this.limit = limit;
    }

    ReportTooLargeException(String message) {
        super(message);
        this.size = -1;
        this.limit = -1;
    }

    public long size() {
        return size;
    }

    public long limit() {
        return limit;
    }
}
