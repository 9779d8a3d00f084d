package com.salaryguide.problem;

/** A service this answer depends on could not answer in time and no usable copy is at hand (503). */
public class UnavailableException extends RuntimeException {

    public UnavailableException(String detail) {
        super(detail);
    }
}
