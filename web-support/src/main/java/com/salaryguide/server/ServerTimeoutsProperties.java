package com.salaryguide.server;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long this process holds a connection that is not doing its part (salaryguide.server.*), so slow or stalled
 * clients (slow-loris) cannot hold connections for ever: {@code requestHeadTimeout} bounds the time from a
 * connection opening, or its previous answer going out, to a complete request head; {@code idleTimeout} closes a
 * connection that sends nothing; {@code bodyReadTimeout} bounds a pause between two reads of a request body.
 * All well under 20 s. A kept-alive connection that goes quiet after an answer is closed after
 * {@code requestHeadTimeout} (its clock restarts with each answer), so clients pooling connections to this process
 * must drop idle ones well before that (the gateway's pools drop them after 5 s).
 * {@code shutdownDrain}: how long the process keeps serving with readiness down after SIGTERM (see ShutdownDrain).
 */
@ConfigurationProperties("salaryguide.server")
public record ServerTimeoutsProperties(@DefaultValue("10s") Duration requestHeadTimeout,
                                       @DefaultValue("15s") Duration idleTimeout,
                                       @DefaultValue("15s") Duration bodyReadTimeout,
                                       @DefaultValue("3s") Duration shutdownDrain) {
}
