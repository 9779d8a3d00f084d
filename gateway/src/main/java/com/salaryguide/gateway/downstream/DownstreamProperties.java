package com.salaryguide.gateway.downstream;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the services are and how long the gateway waits for them (salaryguide.downstream.*; the URLs come from
 * WAGE_SERVICE_URL, GEOGRAPHY_SERVICE_URL and ADVICE_SERVICE_URL).
 */
@ConfigurationProperties("salaryguide.downstream")
public record DownstreamProperties(URI wageUrl, URI geographyUrl, URI adviceUrl, Duration callTimeout,
                                   Duration cacheTtl, Duration staleTtl, long cacheMaxEntries, Breaker breaker) {

    /** Circuit breaker thresholds, the same for each service. */
    public record Breaker(int slidingWindowSize, int minimumNumberOfCalls, float failureRateThreshold,
                          Duration waitInOpenState) {
    }
}
