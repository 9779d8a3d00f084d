package com.salaryguide.problem;

/** A resource named in the request does not exist (404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail);
    }
}
