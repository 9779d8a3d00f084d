package com.salaryguide.gateway.downstream;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the services are and how long the gateway waits for them (salaryguide.downstream.*; the URLs come from
 * WAGE_SERVICE_URL, GEOGRAPHY_SERVICE_URL and ADVICE_SERVICE_URL, each one instance's URL or a comma-separated list
 * of several instances' URLs, balanced by Spring Cloud LoadBalancer). {@code answerTimeout} is the budget of one
 * aggregated answer across all its downstream reads (see {@link Deadline}) and bounds each shared fetch.
 * {@code maxConnections} bounds the pooled, kept-alive HTTP connections to each service.
 */
@ConfigurationProperties("salaryguide.downstream")
public record DownstreamProperties(List<URI> wageUrl, List<URI> geographyUrl, List<URI> adviceUrl,
                                   Duration answerTimeout,
                                   Duration cacheTtl, Duration staleTtl, long cacheMaxEntries, Breaker breaker,
                                   int maxConnections, Probe probe) {

    /**
     * How each service instance's readiness is probed when a service has several: {@code path} every
     * {@code interval}, each probe given {@code timeout}; an instance is dropped at once on a 503 or a refused
     * connection, after {@code failuresToDrop} probes in a row on anything else.
     */
    public record Probe(String path, Duration interval, Duration timeout, int failuresToDrop) {
    }

    /** The instances of one service. */
    public List<URI> instances(Service service) {
        return switch (service) {
            case wage -> wageUrl;
            case geography -> geographyUrl;
            case advice -> adviceUrl;
        };
    }

    /**
     * Circuit breaker thresholds, the same for each service, and the bulkhead: how many calls to one service may be
     * in flight at once before further calls fail fast. A call counts as slow only past {@code slowCallThreshold}.
     */
    public record Breaker(int slidingWindowSize, int minimumNumberOfCalls, float failureRateThreshold,
                          Duration slowCallThreshold, Duration waitInOpenState, int maxConcurrentCalls) {
    }
}
