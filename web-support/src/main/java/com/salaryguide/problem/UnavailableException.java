package com.salaryguide.problem;

import java.time.Duration;

<<<<<<< HEAD
/** A service this answer depends on could not answer in time and no usable copy is at hand (503 with Retry-After). */
public class UnavailableException extends RuntimeException {

    /** A dependency that failed is usually back, or its breaker half-open, within a few seconds. */
    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);

    private final transient Duration retryAfter;

    public UnavailableException(String detail) {
        this(detail, DEFAULT_RETRY_AFTER);
=======
/**
 * A service this answer depends on could not answer in time and no usable copy is at hand (503); with
 * {@code retryAfter}, the answer says when trying again is worth it ({@code Retry-After}).
 */
public class UnavailableException extends RuntimeException {

    private final transient Duration retryAfter;

    public UnavailableException(String detail) {
        this(detail, null);
>>>>>>> 659722aac12920dd2fa7f09f364b184e01e83c69
    }

    public UnavailableException(String detail, Duration retryAfter) {
        super(detail);
<<<<<<< HEAD
        this.retryAfter = retryAfter.isNegative() || retryAfter.isZero() ? Duration.ofSeconds(1) : retryAfter;
=======
        this.retryAfter = retryAfter;
>>>>>>> 659722aac12920dd2fa7f09f364b184e01e83c69
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
