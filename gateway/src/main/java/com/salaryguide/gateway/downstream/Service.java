package com.salaryguide.gateway.downstream;

/** The services behind the gateway; the name is also the circuit breaker's id. */
public enum Service {
    wage, geography, advice
}
