package com.salaryguide.problem;

import java.net.URI;

/** Problem type URIs of the public API, relative to the API's base URL and documented in the OpenAPI. */
public final class ProblemTypes {

    public static final URI VALIDATION = URI.create("/problems/validation");
    public static final URI NOT_FOUND = URI.create("/problems/not-found");
    public static final URI CONFLICT = URI.create("/problems/conflict");
    public static final URI UNAVAILABLE = URI.create("/problems/unavailable");

    private ProblemTypes() {
    }
}
