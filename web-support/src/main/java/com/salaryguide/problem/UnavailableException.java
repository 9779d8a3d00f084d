package com.salaryguide.problem;

import java.time.Duration;

/** A service this answer depends on could not answer in time and no usable copy is at hand (503 with Retry-After). */
public class UnavailableException extends RuntimeException {

    /** A dependency that failed is usually back, or its breaker half-open, within a few seconds. */
    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);

    private final transient Duration retryAfter;

    public UnavailableException(String detail) {
        this(detail, DEFAULT_RETRY_AFTER);
    }

    public UnavailableException(String detail, Duration retryAfter) {
        super(detail);
        this.retryAfter = retryAfter.isNegative() || retryAfter.isZero() ? Duration.ofSeconds(1) : retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
