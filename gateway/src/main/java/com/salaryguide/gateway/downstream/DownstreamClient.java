package com.salaryguide.gateway.downstream;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.JsonNode;

/**
 * JSON reads from the services, each bounded by the answer timeout and guarded by the service's circuit breaker.
 * A 404 is an answer (NOT_FOUND), not a failure; errors, timeouts and an open breaker become UNAVAILABLE.
 */
@Component
public class DownstreamClient {

    private static final Logger log = LoggerFactory.getLogger(DownstreamClient.class);

    private final Map<Service, WebClient> clients = new EnumMap<>(Service.class);
    private final Map<Service, ReactiveCircuitBreaker> breakers = new EnumMap<>(Service.class);
    private final DownstreamProperties properties;

    public DownstreamClient(WebClient.Builder builder, ReactiveCircuitBreakerFactory<?, ?> breakerFactory,
                            DownstreamProperties properties) {
        this.properties = properties;
        // one pool of kept-alive connections per service host; waiting for a free connection counts against the
        // answer timeout, so a saturated pool shows as a slow call rather than an unbounded queue. Idle connections
        // are dropped well before the services' own idle timeout closes them, so a request never races a close.
        ConnectionProvider pool = ConnectionProvider.builder("downstream")
                .maxConnections(properties.maxConnections())
                .pendingAcquireTimeout(properties.answerTimeout())
                .maxIdleTime(Duration.ofSeconds(10))
                .build();
        WebClient.Builder pooled = builder.clone().clientConnector(new ReactorClientHttpConnector(HttpClient.create(pool)));
        clients.put(Service.wage, pooled.clone().baseUrl(properties.wageUrl().toString()).build());
        clients.put(Service.geography, pooled.clone().baseUrl(properties.geographyUrl().toString()).build());
        clients.put(Service.advice, pooled.clone().baseUrl(properties.adviceUrl().toString()).build());
        for (Service s : Service.values()) {
            breakers.put(s, breakerFactory.create(s.name()));
        }
    }

    public Mono<Fetched<JsonNode>> get(Service service, String uriTemplate, Object... uriVariables) {
        Mono<Fetched<JsonNode>> call = clients.get(service).get().uri(uriTemplate, uriVariables)
                .accept(MediaType.APPLICATION_JSON)
                .exchangeToMono(response -> {
                    if (response.statusCode().is2xxSuccessful()) {
                        return response.bodyToMono(JsonNode.class).map(Fetched::found);
                    }
                    if (response.statusCode().value() == HttpStatus.NOT_FOUND.value()) {
                        return response.releaseBody().thenReturn(Fetched.<JsonNode>notFound());
                    }
                    return response.createError();
                })
                .timeout(properties.answerTimeout());
        return breakers.get(service).run(call, error -> {
            if (error instanceof CallNotPermittedException || error instanceof BulkheadFullException) {
                log.debug("{} not called for {}: {}", service, uriTemplate, error.toString());
            } else {
                log.warn("{} unavailable for {}: {}", service, uriTemplate, error.toString());
            }
            return Mono.just(Fetched.unavailable());
        });
    }
}
