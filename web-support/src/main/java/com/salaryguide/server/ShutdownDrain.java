package com.salaryguide.server;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * On SIGTERM, before the web server's graceful shutdown stops taking new work: readiness goes down
 * (REFUSING_TRAFFIC, so /actuator/health/readiness answers 503) and the process keeps serving for {@code drain},
 * long enough for load balancers that probe readiness (the gateway's, every second; a Kubernetes Service's) to stop
 * sending it requests. Only then does the graceful shutdown finish what is in flight and close. Without the wait, a
 * balancer still routes to an instance whose port is already closed, and clients see failed requests.
 */
public class ShutdownDrain implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ShutdownDrain.class);

    private final ApplicationContext context;
    private final Duration drain;
    private volatile boolean running;

    public ShutdownDrain(ApplicationContext context, Duration drain) {
        this.context = context;
        this.drain = drain;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (drain.isZero() || drain.isNegative()) {
            return;
        }
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        log.info("Shutting down: readiness is down; still serving for {} while load balancers notice", drain);
        try {
            Thread.sleep(drain.toMillis());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before everything else, in particular before the web server's graceful shutdown. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
