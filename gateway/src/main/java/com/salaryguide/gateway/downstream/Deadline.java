package com.salaryguide.gateway.downstream;

import java.time.Duration;

import reactor.core.publisher.Mono;

/**
 * The time one aggregated answer (a guide, an offer evaluation) may spend waiting for its services, shared by every
 * downstream read it makes, in parallel or in sequence. A read still pending when the deadline passes counts as
 * unavailable for this answer only: the shared fetch behind it goes on and fills the cache for the next request.
 * One budget for the whole answer, rather than a fixed timeout per call, lets a slow-but-healthy service on a loaded
 * machine use the time a fast one left over, while a dead service (connection refused) still fails at once.
 */
public final class Deadline {

    private final long expiresAtNanos;

    private Deadline(long expiresAtNanos) {
        this.expiresAtNanos = expiresAtNanos;
    }

    public static Deadline in(Duration budget) {
        return new Deadline(System.nanoTime() + budget.toNanos());
    }

    public Duration remaining() {
        return Duration.ofNanos(Math.max(1, expiresAtNanos - System.nanoTime()));
    }

    /** The read, or unavailable if it has not answered by the deadline. */
    public <T> Mono<Fetched<T>> bound(Mono<Fetched<T>> read) {
        return Mono.defer(() -> read.timeout(remaining(), Mono.just(Fetched.unavailable())));
    }
}
