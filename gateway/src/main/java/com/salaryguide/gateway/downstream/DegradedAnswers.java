package com.salaryguide.gateway.downstream;

import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counts answers that went out with sections missing because a service did not answer in time, as
 * {@code salaryguide.degraded.answers} tagged by endpoint (guide, offer, occupation-guide, comparison): a 200 that is not the whole answer is
 * worth an alert of its own, and the benchmark checks it stays at zero under load.
 */
@Component
public class DegradedAnswers {

    private final Counter guide;
    private final Counter offer;
    private final Counter occupationGuide;
    private final Counter comparison;

    public DegradedAnswers(MeterRegistry registry) {
        this.guide = counter(registry, "guide");
        this.offer = counter(registry, "offer");
        this.occupationGuide = counter(registry, "occupation-guide");
        this.comparison = counter(registry, "comparison");
    }

    public void occupationGuide(List<String> unavailableSections) {
        count(occupationGuide, unavailableSections);
    }

    public void comparison(List<String> unavailableSections) {
        count(comparison, unavailableSections);
    }

    public void guide(List<String> unavailableSections) {
        count(guide, unavailableSections);
    }

    public void offer(List<String> unavailableSections) {
        count(offer, unavailableSections);
    }

    private static void count(Counter counter, List<String> unavailableSections) {
        if (!unavailableSections.isEmpty()) {
            counter.increment();
        }
    }

    private static Counter counter(MeterRegistry registry, String endpoint) {
        return Counter.builder("salaryguide.degraded.answers")
                .description("Answers sent with sections missing because a service did not answer in time")
                .tag("endpoint", endpoint).register(registry);
    }
}
