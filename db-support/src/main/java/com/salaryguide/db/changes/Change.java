package com.salaryguide.db.changes;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What one committed write changed: the service that took it ({@code spring.application.name}), the kind of thing
 * ({@code occupation}, {@code guide}, ...) and its key ({@code 15-2051}, a guide's slug); a null key means any of
 * that kind (an import). Kind {@link #ANY} means anything of the service may have changed unseen: the process was
 * not listening for a while and drops whatever it derived from the database.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Change(String service, String kind, String key) {

    public static final String ANY = "any";

    /** Anything of {@code service} may have changed (a listening connection was re-established). */
    public static Change any(String service) {
        return new Change(service, ANY, null);
    }
}
