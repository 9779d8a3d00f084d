package com.salaryguide.gateway.downstream;

import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A service's configured instances, less those whose readiness probe says they should not get traffic.
 *
 * <p>Spring Cloud LoadBalancer's own health check gives each probe only its interval to answer and drops every
 * instance that misses it: on a loaded 2-core machine a healthy instance sometimes answers a probe late, and the
 * gateway then reported healthy services unavailable. Here an instance is taken out at once only on a definite
 * answer (its readiness probe says 503, as it does while draining before a shutdown, or its port refuses
 * connections), and after {@code failuresToDrop} probes in a row on anything else (a timeout, a reset). And when no
 * instance looks ready, all are offered: a real outage then fails fast with 503 as before, while a false alarm
 * costs nothing.
 */
class ReadinessCheckedInstances implements ServiceInstanceListSupplier, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReadinessCheckedInstances.class);

    private final String serviceId;
    private final List<ServiceInstance> instances;
    private final Map<ServiceInstance, Integer> failures = new ConcurrentHashMap<>();
    private final WebClient http;
    private final DownstreamProperties.Probe probe;
    private final Disposable probing;

    ReadinessCheckedInstances(String serviceId, List<ServiceInstance> instances, WebClient http,
                              DownstreamProperties.Probe probe) {
        this.serviceId = serviceId;
        this.instances = List.copyOf(instances);
        this.http = http;
        this.probe = probe;
        instances.forEach(i -> failures.put(i, 0));
        // a single instance is always offered, so probing it would change nothing
        this.probing = instances.size() < 2 ? null : Flux.interval(Duration.ZERO, probe.interval())
                .onBackpressureDrop()
                .concatMap(tick -> Flux.fromIterable(this.instances).flatMap(this::check).then(), 1)
                .subscribe();
    }

    @Override
    public String getServiceId() {
        return serviceId;
    }

    @Override
    public Flux<List<ServiceInstance>> get() {
        List<ServiceInstance> ready = instances.stream()
                .filter(i -> failures.getOrDefault(i, 0) < probe.failuresToDrop()).toList();
        return Flux.just(ready.isEmpty() ? instances : ready);
    }

    private Mono<Void> check(ServiceInstance instance) {
        return http.get().uri(instance.getUri() + probe.path())
                .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value()))
                .timeout(probe.timeout())
                .map(status -> status == 200 ? 0 : probe.failuresToDrop())
                .onErrorResume(error -> Mono.just(definite(error) ? probe.failuresToDrop()
                        : failures.getOrDefault(instance, 0) + 1))
                .doOnNext(count -> record(instance, count))
                .then();
    }

    private void record(ServiceInstance instance, int count) {
        int before = failures.getOrDefault(instance, 0);
        failures.put(instance, count);
        boolean wasReady = before < probe.failuresToDrop();
        boolean ready = count < probe.failuresToDrop();
        if (wasReady != ready) {
            log.info("{} instance {}:{} {}", serviceId, instance.getHost(), instance.getPort(),
                    ready ? "is ready: taking traffic again" : "is not ready: no traffic until it is");
        }
    }

    /** A refused connection says the instance is gone; a timeout may be a busy machine. */
    private static boolean definite(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
        }
        return error instanceof WebClientRequestException && error.getCause() instanceof ConnectException;
    }

    @Override
    public void destroy() {
        if (probing != null) {
            probing.dispose();
        }
    }
}
