package com.salaryguide.gateway.support;

import com.salaryguide.gateway.web.ShortPathAnswers;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** How many answers a short path gave, by route and status ({@link ShortPathAnswers#METRIC}). */
public final class ShortPathCounts {

    private ShortPathCounts() {
    }

    public static double of(MeterRegistry meters, String route, String status) {
        Timer timer = meters.find(ShortPathAnswers.METRIC).tag("route", route).tag("status", status).timer();
        return timer == null ? 0 : timer.count();
    }

    /** The count once it reaches {@code expected}, or after a second (it is taken as the answer completes). */
    public static double once(MeterRegistry meters, String route, String status, double expected) {
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (of(meters, route, status) < expected && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        return of(meters, route, status);
    }
}
