package com.salaryguide.gateway.downstream;

/**
 * What a downstream read came back with: a value, a definite "no such thing" (404), or nothing usable in time
 * (error, timeout, open circuit). Only the last one makes a section unavailable.
 */
public record Fetched<T>(Status status, T value) {

    public enum Status { FOUND, NOT_FOUND, UNAVAILABLE }

    public static <T> Fetched<T> found(T value) {
        return new Fetched<>(Status.FOUND, value);
    }

    public static <T> Fetched<T> notFound() {
        return new Fetched<>(Status.NOT_FOUND, null);
    }

    public static <T> Fetched<T> unavailable() {
        return new Fetched<>(Status.UNAVAILABLE, null);
    }

    public boolean isFound() {
        return status == Status.FOUND;
    }

    public boolean isUnavailable() {
        return status == Status.UNAVAILABLE;
    }
}
