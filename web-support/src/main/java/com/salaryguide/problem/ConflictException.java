package com.salaryguide.problem;

/** The write conflicts with the current state, e.g. a stale version under optimistic locking (409). */
public class ConflictException extends RuntimeException {

    public ConflictException(String detail) {
        super(detail);
    }
}
