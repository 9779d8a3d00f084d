package com.salaryguide.gateway.downstream;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Breakers take their thresholds from salaryguide.downstream.breaker; a call slower than the call timeout counts as
 * slow. The time limit is a little above the call timeout, which is applied at the call site and bounds a request.
 */
@Configuration
class CircuitBreakerConfiguration {

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> breakerDefaults(DownstreamProperties properties) {
        DownstreamProperties.Breaker b = properties.breaker();
        CircuitBreakerConfig breaker = CircuitBreakerConfig.custom()
                .slidingWindowSize(b.slidingWindowSize())
                .minimumNumberOfCalls(b.minimumNumberOfCalls())
                .failureRateThreshold(b.failureRateThreshold())
                .slowCallRateThreshold(b.failureRateThreshold())
                .slowCallDurationThreshold(properties.callTimeout())
                .waitDurationInOpenState(b.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(3)
                .build();
        TimeLimiterConfig limiter = TimeLimiterConfig.custom()
                .timeoutDuration(properties.callTimeout().plusMillis(100)).build();
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .circuitBreakerConfig(breaker).timeLimiterConfig(limiter).build());
    }
}
