package com.salaryguide.problem;

import java.time.Duration;

/**
 * A service this answer depends on could not answer in time and no usable copy is at hand (503); with
 * {@code retryAfter}, the answer says when trying again is worth it ({@code Retry-After}).
 */
public class UnavailableException extends RuntimeException {

    private final transient Duration retryAfter;

    public UnavailableException(String detail) {
        this(detail, null);
    }

    public UnavailableException(String detail, Duration retryAfter) {
        super(detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
