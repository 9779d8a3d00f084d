package com.salaryguide.gateway.downstream;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.salaryguide.gateway.guide.GuideDocuments;
import io.netty.channel.ChannelOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.loadbalancer.reactive.LoadBalancedExchangeFilterFunction;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.util.retry.Retry;

/**
 * Follows each service's change stream (GET /internal/changes, Server-Sent Events) and drops what the gateway
 * cached from that service when a write is told, so an edit through any instance shows in guides within about a
 * second rather than after the cache TTL. Each stream is opened through the load balancer on one instance; every
 * instance tells the writes of all instances of its service (they share the database and its notifications).
 *
 * <p>A stream that fails, ends (an instance shutting down) or stays silent past {@code idle-timeout} is opened again
 * with growing waits, for ever. Changes told while no stream was open are unknown, so each time a stream opens the
 * service's cached answers are dropped. A service that cannot be reached is logged at WARN once per outage, then
 * quietly retried; meanwhile its answers are kept for at most the cache TTL, as without the feed. Nothing here is
 * on a request's path: a service down costs the feed, never a request.
 */
@Component
public class ChangeFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);
    private static final ParameterizedTypeReference<ServerSentEvent<ServiceChange>> EVENTS =
            new ParameterizedTypeReference<>() { };

    /** One change a service told: its kind and key name what changed (a null key: all of that kind). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ServiceChange(String service, String kind, String key) {
    }

    private final WebClient client;
    private final ReadThroughCache cache;
    private final GuideDocuments documents;
    private final ChangeFeedProperties properties;
    private final List<Disposable> followed = new ArrayList<>();
    private volatile boolean running;

    public ChangeFeed(WebClient.Builder builder, LoadBalancedExchangeFilterFunction loadBalancer,
                      DownstreamProperties downstream, ChangeFeedProperties properties, ReadThroughCache cache,
                      GuideDocuments documents) {
        this.cache = cache;
        this.documents = documents;
        this.properties = properties;
        // a connection of its own per stream: it is held for as long as the stream lasts, so it must neither take
        // one of the reads' pooled connections nor be closed by that pool as idle
        HttpClient http = HttpClient.create(ConnectionProvider.newConnection())
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) downstream.answerTimeout().toMillis());
        this.client = builder.clone().clientConnector(new ReactorClientHttpConnector(http)).filter(loadBalancer).build();
    }

    /** Where one service's stream stands, for logging once per outage and dropping its answers on each opening. */
    private static final class Stream {
        volatile boolean open;
        volatile boolean down;
    }

    private Disposable follow(Service service) {
        Stream stream = new Stream();
        return Flux.defer(() -> client.get().uri(service.url() + properties.path())
                        .accept(MediaType.TEXT_EVENT_STREAM)
                        .retrieve()
                        .bodyToFlux(EVENTS)
                        .timeout(properties.idleTimeout()))
                .doOnNext(event -> received(service, stream, event))
                .concatWith(Flux.error(() -> new IllegalStateException("the stream ended")))
                .doOnError(error -> lost(service, stream, error))
                .retryWhen(Retry.backoff(Long.MAX_VALUE, properties.minBackoff()).maxBackoff(properties.maxBackoff())
                        .transientErrors(true))
                .subscribe(null, error -> log.error("Stopped following the changes of {}", service.serviceId(), error));
    }

    private void received(Service service, Stream stream, ServerSentEvent<ServiceChange> event) {
        if (!stream.open) {
            stream.open = true;
            forget(service);
            if (stream.down) {
                stream.down = false;
                log.info("Following the changes of {} again; its cached answers were dropped, as changes told"
                        + " meanwhile are unknown", service.serviceId());
            } else {
                log.info("Following the changes of {}", service.serviceId());
            }
        }
        if ("change".equals(event.event()) && event.data() != null) {
            log.debug("{} changed: {}", service.serviceId(), event.data());
            forget(service);
        }
    }

    private void lost(Service service, Stream stream, Throwable error) {
        if (stream.open) {
            stream.open = false;
            log.info("The change stream of {} closed ({}); opening it again", service.serviceId(), error.toString());
        } else if (!stream.down) {
            stream.down = true;
            log.warn("Cannot follow the changes of {} ({}); retrying with backoff. Until it is back its answers"
                    + " are cached for at most the cache TTL", service.serviceId(), error.toString());
        } else {
            log.debug("Still cannot follow the changes of {}: {}", service.serviceId(), error.toString());
        }
    }

    private void forget(Service service) {
        cache.evict(service);
        documents.forget();
    }

    @Override
    public synchronized void start() {
        for (Service service : Service.values()) {
            followed.add(follow(service));
        }
        running = true;
    }

    @Override
    public synchronized void stop() {
        followed.forEach(Disposable::dispose);
        followed.clear();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
