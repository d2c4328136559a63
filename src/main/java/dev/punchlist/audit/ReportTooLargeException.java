package dev.punchlist.audit;

/** The report is over the configured size limit; nothing was read. */
public class ReportTooLargeException extends RuntimeException {
    private final long size;
    private final long limit;

    public ReportTooLargeException(long size, long limit) {
        super("report is " + size + " bytes; the limit is " + limit + " bytes");
        this.size = size;
        this.limit = limit;
    }

    public long size() {
        return size;
    }

    public long limit() {
        return limit;
    }
}
