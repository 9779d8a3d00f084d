package com.salaryguide.gateway.downstream;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the gateway follows each service's change stream (salaryguide.downstream.changes.*): {@code path} on the
 * service (through the load balancer, so one instance of it; each instance tells every instance's writes);
 * {@code minBackoff}..{@code maxBackoff} the wait before each new attempt after a stream failed or ended;
 * {@code idleTimeout} how long a stream may stay silent (the services send a comment every 15 s) before it is taken
 * for dead and opened again.
 */
@ConfigurationProperties("salaryguide.downstream.changes")
public record ChangeFeedProperties(String path, Duration minBackoff, Duration maxBackoff, Duration idleTimeout) {
}
