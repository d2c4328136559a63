package dev.punchlist.jira;

import java.time.Duration;

/** Waits between retries; injected so tests can record the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = d -> Thread.sleep(d.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
