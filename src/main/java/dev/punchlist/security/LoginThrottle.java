package dev.punchlist.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per account name and per client address in a sliding window; too many locks
 * that key out for a while. Unknown names are counted like real ones, so a lock-out reveals nothing.
 * Kept in memory: a restart forgets, which is acceptable for a brake on guessing (documented).
 */
public final class LoginThrottle {
    public record Limits(int perAccount, int perAddress, Duration window, Duration lockout) {
        public static Limits standard() {
            return new Limits(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15));
        }
    }

    private static final int MAX_KEYS = 100_000;

    private final Limits limits;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Instant> lockedUntil = new ConcurrentHashMap<>();

    public LoginThrottle(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** True while the account or the address is locked out; the caller refuses without checking the password. */
    public boolean isLocked(String username, String address) {
        Instant now = clock.instant();
        return locked(accountKey(username), now) || locked(addressKey(address), now);
    }

    public void failed(String username, String address) {
        if (failures.size() > MAX_KEYS) {
            failures.clear(); // a flood of random names must not exhaust memory; locks already set survive
        }
        count(accountKey(username), limits.perAccount());
        count(addressKey(address), limits.perAddress());
    }

    /** A successful login clears the account's count (not the address's: one good password must not reset a spray). */
    public void succeeded(String username) {
        failures.remove(accountKey(username));
    }

    private boolean locked(String key, Instant now) {
        Instant until = lockedUntil.get(key);
        if (until == null) {
            return false;
        }
        if (now.isBefore(until)) {
            return true;
        }
        lockedUntil.remove(key, until);
        return false;
    }

    private void count(String key, int limit) {
        Instant now = clock.instant();
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(limits.window()))) {
                times.removeFirst();
            }
            if (times.size() >= limit) {
                lockedUntil.put(key, now.plus(limits.lockout()));
                times.clear();
            }
        }
    }

    private static String accountKey(String username) {
        return "u:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }
}
