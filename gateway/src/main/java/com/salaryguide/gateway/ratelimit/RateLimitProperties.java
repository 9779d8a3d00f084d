package com.salaryguide.gateway.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-client request budget for /api/** (salaryguide.rate-limit.*; e.g. SALARYGUIDE_RATE_LIMIT_CAPACITY): a bucket of
 * {@code capacity} requests refilled with {@code refillTokens} every {@code refillPeriod}. A client is its IP address.
 */
@ConfigurationProperties("salaryguide.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("200") long capacity,
                                  @DefaultValue("100") long refillTokens, @DefaultValue("1s") Duration refillPeriod) {
}
