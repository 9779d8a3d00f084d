package com.salaryguide.gateway.downstream;

import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.cloud.client.loadbalancer.reactive.LoadBalancedExchangeFilterFunction;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Typed, cached JSON reads from the services. Each read is bounded by the answer timeout and guarded by the
 * service's circuit breaker, shared by everyone asking for the same URL meanwhile (see {@link ReadThroughCache}),
 * and waited for only until the asking answer's {@link Deadline}. A 404 is an answer (NOT_FOUND), not a failure;
 * errors, timeouts and an open breaker become UNAVAILABLE.
 */
@Component
public class DownstreamClient {

    private static final Logger log = LoggerFactory.getLogger(DownstreamClient.class);
    static final int MAX_ANSWER_BYTES = 4 * 1024 * 1024;

    /**
     * How long a pooled connection to a service may sit idle before the gateway closes it. A service closes a
     * kept-alive connection that brings no new request head within its request-head timeout (10 s by default,
     * SALARYGUIDE_SERVER_REQUEST_HEAD_TIMEOUT; its idle timeout is 15 s): a pool keeping connections for 10 s raced
     * that close and lost now and then (a read sent as the service closed failed with "prematurely closed").
     */
    public static final Duration POOL_MAX_IDLE = Duration.ofSeconds(5);

    private final WebClient client;
    private final Map<Service, ReactiveCircuitBreaker> breakers = new EnumMap<>(Service.class);
    private final DownstreamProperties properties;
    private final ReadThroughCache cache;

    public DownstreamClient(WebClient.Builder builder, ReactiveCircuitBreakerFactory<?, ?> breakerFactory,
                            DownstreamProperties properties, ReadThroughCache cache, JsonMapper json,
                            LoadBalancedExchangeFilterFunction loadBalancer) {
        this.properties = properties;
        this.cache = cache;
        // one pool of kept-alive connections per service host; waiting for a free connection counts against the
        // answer timeout, so a saturated pool shows as a slow call rather than an unbounded queue. Idle connections
        // are dropped well before a service closes them, so a request never races a close (POOL_MAX_IDLE).
        ConnectionProvider pool = ConnectionProvider.builder("downstream")
                .maxConnections(properties.maxConnections())
                .pendingAcquireTimeout(properties.answerTimeout())
                .maxIdleTime(POOL_MAX_IDLE)
                .build();
        // the services' answers are read leniently: a field a service adds is ignored until the gateway reads it
        JsonMapper lenient = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        // the gateway's 16 KB codec limit is for request bodies clients send; a whole guide from advice-service is
        // larger, and a service's answer is trusted to be bounded
        JacksonJsonDecoder decoder = new JacksonJsonDecoder(lenient);
        decoder.setMaxInMemorySize(MAX_ANSWER_BYTES);
        // http://wage-service/... : the load balancer picks a ready instance, and retries a read on another one
        // when the first refuses the connection or answers 502/503 (spring.cloud.loadbalancer.retry.*)
        this.client = builder.clone().clientConnector(new ReactorClientHttpConnector(HttpClient.create(pool)))
                .codecs(codecs -> {
                    codecs.defaultCodecs().maxInMemorySize(MAX_ANSWER_BYTES);
                    codecs.defaultCodecs().jacksonJsonDecoder(decoder);
                })
                .filter(loadBalancer)
                .build();
        for (Service s : Service.values()) {
            breakers.put(s, breakerFactory.create(s.name()));
        }
    }

    /**
     * The service's answer at the expanded URI, read as {@code type}: from the cache when fresh, else fetched (once
     * for everyone asking meanwhile), and unavailable for this caller if not there by its deadline.
     */
    public <T> Mono<Fetched<T>> read(Service service, ParameterizedTypeReference<T> type, Deadline deadline,
                                     String pathTemplate, Object... variables) {
        // variables are encoded whole (a comma or space in an area name stays part of the value)
        URI uri = UriComponentsBuilder.fromUriString(service.url() + pathTemplate).encode()
                .buildAndExpand(variables).toUri();
        String key = service.name() + ':' + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return deadline.bound(cache.get(key, () -> fetch(service, type, uri)));
    }

    public <T> Mono<Fetched<T>> read(Service service, Class<T> type, Deadline deadline, String pathTemplate,
                                     Object... variables) {
        return read(service, ParameterizedTypeReference.forType(type), deadline, pathTemplate, variables);
    }

    private <T> Mono<Fetched<T>> fetch(Service service, ParameterizedTypeReference<T> type, URI uri) {
        Mono<Fetched<T>> call = client.get().uri(uri)
                .accept(MediaType.APPLICATION_JSON)
                .exchangeToMono(response -> {
                    if (response.statusCode().is2xxSuccessful()) {
                        return response.bodyToMono(type).map(Fetched::found);
                    }
                    if (response.statusCode().value() == HttpStatus.NOT_FOUND.value()) {
                        return response.releaseBody().thenReturn(Fetched.<T>notFound());
                    }
                    return response.createError();
                })
                .timeout(properties.answerTimeout());
        return breakers.get(service).run(call, error -> {
            if (error instanceof CallNotPermittedException || error instanceof BulkheadFullException) {
                log.debug("{} not called for {}: {}", service, uri.getRawPath(), error.toString());
            } else {
                log.warn("{} unavailable for {}: {}", service, uri.getRawPath(), error.toString());
            }
            return Mono.just(Fetched.unavailable());
        });
    }
}
