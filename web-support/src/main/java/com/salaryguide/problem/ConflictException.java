package com.salaryguide.problem;

import java.util.Map;

/**
 * The write conflicts with the current state, e.g. a stale version under optimistic locking (409). Properties, if
 * any, are added to the problem as members beside {@code detail}, for a client to act on without parsing text.
 */
public class ConflictException extends RuntimeException {

    private final transient Map<String, Object> properties;

    public ConflictException(String detail) {
        this(detail, Map.of());
    }

    public ConflictException(String detail, Map<String, Object> properties) {
        super(detail);
        this.properties = Map.copyOf(properties);
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
