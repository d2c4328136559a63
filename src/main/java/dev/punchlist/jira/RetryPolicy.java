package dev.punchlist.jira;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before the next attempt: Jira's {@code Retry-After} when it sends one, otherwise
 * exponential backoff with jitter (so many workers do not retry in lock-step).
 *
 * @param maxAttempts   attempts in total, including the first
 * @param maxRetryAfter a Retry-After beyond this is clipped, so a confused server cannot park a worker for hours
 * @param jitter        returns a number in [0,1); the backoff is scaled into [50%, 100%] of its nominal value
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter,
                          Clock clock, DoubleSupplier jitter) {

    public static RetryPolicy defaults() {
        return new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(5),
                Clock.systemUTC(), () -> ThreadLocalRandom.current().nextDouble());
    }

    public RetryPolicy {
        if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1");
    }

    /** The wait before attempt {@code attempt + 1}, given the failed attempt's Retry-After header if any. */
    public Duration delayAfter(int attempt, String retryAfter) {
        return parseRetryAfter(retryAfter).map(this::clip).orElseGet(() -> backoff(attempt));
    }

    Duration backoff(int attempt) {
        long nominal = baseDelay.toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(nominal, maxDelay.toMillis());
        return Duration.ofMillis((long) (capped * (0.5 + jitter.getAsDouble() / 2)));
    }

    /** Retry-After is either delta-seconds or an HTTP date (RFC 9110 section 10.2.3). */
    Optional<Duration> parseRetryAfter(String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value.trim())));
        } catch (NumberFormatException notSeconds) {
            return parseDate(value.trim());
        }
    }

    private Optional<Duration> parseDate(String value) {
        try {
            ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration d = Duration.between(clock.instant(), at.toInstant());
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (RuntimeException unparseable) {
            return Optional.empty();
        }
    }

    private Duration clip(Duration d) {
        return d.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : d;
    }
}
