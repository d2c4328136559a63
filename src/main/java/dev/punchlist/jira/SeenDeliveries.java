package dev.punchlist.jira;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the last N {@code X-Atlassian-Webhook-Identifier} values so a delivery Jira repeats is
 * processed once. Bounded (least recently seen is forgotten first) so memory cannot grow without limit.
 */
public final class SeenDeliveries {
    public static final String HEADER = "X-Atlassian-Webhook-Identifier";
    private final Map<String, Boolean> seen;

    public SeenDeliveries(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be positive");
        this.seen = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** True the first time an id is offered, false for a repeat; a missing id is never a repeat. */
    public synchronized boolean firstTime(String deliveryId) {
        if (deliveryId == null || deliveryId.isBlank()) return true;
        return seen.put(deliveryId, Boolean.TRUE) == null;
    }
}
