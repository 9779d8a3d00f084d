package com.salaryguide.gateway.downstream;

import java.time.Duration;

import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4jBulkheadConfigurationBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Breakers take their thresholds from salaryguide.downstream.breaker. They must tell a dead service from a
 * slow-but-healthy one on a loaded machine: errors and timeouts count as failures, and a successful call counts as
 * slow only past {@code slow-call-threshold}, a time a healthy service never takes however busy the machine (a
 * fixed 350 ms did, and opened the breakers of healthy services under load). The time limit is a little above the
 * answer timeout, which is applied at the call site.
 * Each breaker logs its state changes (not every refused call, which would flood the log during an outage).
 *
 * <p>Spring Cloud CircuitBreaker also wraps every call in a semaphore bulkhead, by default of 25 concurrent calls;
 * a gateway under ordinary load has more calls in flight than that, and every refused call would count against the
 * breaker. The bulkhead is sized by {@code breaker.max-concurrent-calls} instead, and never queues.
 */
@Configuration
class CircuitBreakerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CircuitBreakerConfiguration.class);

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> breakerDefaults(DownstreamProperties properties) {
        DownstreamProperties.Breaker b = properties.breaker();
        CircuitBreakerConfig breaker = CircuitBreakerConfig.custom()
                .slidingWindowSize(b.slidingWindowSize())
                .minimumNumberOfCalls(b.minimumNumberOfCalls())
                .failureRateThreshold(b.failureRateThreshold())
                .slowCallRateThreshold(b.failureRateThreshold())
                .slowCallDurationThreshold(b.slowCallThreshold())
                .waitDurationInOpenState(b.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(3)
                .build();
        TimeLimiterConfig limiter = TimeLimiterConfig.custom()
                .timeoutDuration(properties.answerTimeout().plusMillis(500)).build();
        return factory -> {
            factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                    .circuitBreakerConfig(breaker).timeLimiterConfig(limiter).build());
            factory.addCircuitBreakerCustomizer(cb -> cb.getEventPublisher().onStateTransition(event ->
                    log.warn("Circuit breaker {}: {}", event.getCircuitBreakerName(), event.getStateTransition())),
                    names());
        };
    }

    @Bean
    Customizer<ReactiveResilience4jBulkheadProvider> bulkheadDefaults(DownstreamProperties properties) {
        BulkheadConfig bulkhead = BulkheadConfig.custom()
                .maxConcurrentCalls(properties.breaker().maxConcurrentCalls())
                .maxWaitDuration(Duration.ZERO)
                .build();
        return provider -> provider.configureDefault(id -> new Resilience4jBulkheadConfigurationBuilder()
                .bulkheadConfig(bulkhead).build());
    }

    private static String[] names() {
        return java.util.Arrays.stream(Service.values()).map(Enum::name).toArray(String[]::new);
    }
}
