package dev.punchlist.audit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A pure function of a line of text, remembered. Reports repeat their lines (a finding restated in a
 * summary, the same heading under every category, a report pasted twice), so each distinct line is
 * cleaned, tokenised and classified once. Only pure functions are remembered, so no result depends on
 * what was read before; the table is bounded and simply starts over when full. Thread-safe.
 */
final class Memo<V> {
    private static final int MAX_ENTRIES = 20_000;
    private static final int MAX_KEY_LENGTH = 2_000;
    private static final Object NONE = new Object();

    private final Function<String, V> function;
    private final Map<String, Object> values = new ConcurrentHashMap<>();

    private Memo(Function<String, V> function) {
        this.function = function;
    }

    static <V> Memo<V> of(Function<String, V> function) {
        return new Memo<>(function);
    }

    @SuppressWarnings("unchecked")
    V get(String key) {
        if (key.length() > MAX_KEY_LENGTH) {
            return function.apply(key);
        }
        Object value = values.get(key);
        if (value == null) {
            V computed = function.apply(key);
            if (values.size() >= MAX_ENTRIES) {
                values.clear();
            }
            values.put(key, computed == null ? NONE : computed);
            return computed;
        }
        return value == NONE ? null : (V) value;
    }
}
