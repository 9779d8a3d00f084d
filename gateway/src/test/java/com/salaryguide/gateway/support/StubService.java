package com.salaryguide.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * A downstream service stand-in over real HTTP on a random port: serves fixture JSON (captured from the real
 * services) by path and query, and can be switched to slow or failing to exercise timeouts and breakers. Like a
 * real service it serves its change stream at /internal/changes (Server-Sent Events), on which a test can tell a
 * change or end the open streams.
 */
public final class StubService implements AutoCloseable {

    /** FAILING answers 503 to everything, READS_UNAVAILABLE to all but its probes (ready, but cannot serve). */
    public enum Mode { UP, SLOW, FAILING, READS_UNAVAILABLE }

    private final Map<String, String> bodies = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final java.util.Deque<String> received = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private final java.util.Deque<String> traceparents = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private volatile Mode mode = Mode.UP;
    private volatile Map<String, String> lastHeaders = Map.of();
    private volatile Duration slowness = Duration.ofSeconds(10);
    private final DisposableServer server;
    private Sinks.Many<String> changes = Sinks.many().multicast().directBestEffort();

    public StubService() {
        server = HttpServer.create().host("127.0.0.1").port(0)
                .handle((request, response) -> {
                    if (!request.uri().startsWith("/actuator/") && !request.uri().startsWith("/internal/")) {
                        requests.incrementAndGet();
                        received.addFirst(request.method().name() + " " + request.uri());
                        Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                        request.requestHeaders().forEach(h -> headers.merge(h.getKey(), h.getValue(),
                                (a, b) -> a + ", " + b));
                        lastHeaders = headers;
                        if (received.size() > 200) {
                            received.pollLast();
                        }
                    }
                    String traceparent = request.requestHeaders().get("traceparent");
                    if (traceparent != null) {
                        traceparents.addFirst(traceparent);
                        if (traceparents.size() > 100) {
                            traceparents.pollLast();
                        }
                    }
                    if (mode == Mode.FAILING) {
                        return response.status(503).send();
                    }
                    if (mode == Mode.READS_UNAVAILABLE && request.uri().startsWith("/api/")) {
                        return response.status(503).header("Content-Type", "application/problem+json")
                                .sendString(Mono.just("{\"status\":503,\"title\":\"Service Unavailable\"}")).then();
                    }
                    if (request.uri().equals("/actuator/health/readiness")) {
                        return response.header("Content-Type", "application/json")
                                .sendString(Mono.just("{\"status\":\"UP\"}")).then();
                    }
                    if (request.uri().equals("/internal/changes")) {
                        return response.header("Content-Type", "text/event-stream")
                                .sendString(changeStream().startWith(": changes of a stub\n\n")).then();
                    }
                    String body = bodies.get(request.uri());
                    Mono<Void> answer = body == null
                            ? response.status(404).header("Content-Type", "application/problem+json")
                                    .sendString(Mono.just("{\"status\":404,\"title\":\"Not Found\"}")).then()
                            : response.header("Content-Type", "application/json").sendString(Mono.just(body)).then();
                    // like a real service, read the whole request body before answering
                    Mono<Void> received = request.receive().then();
                    return mode == Mode.SLOW ? received.then(Mono.delay(slowness)).then(answer) : received.then(answer);
                })
                .bindNow();
    }

    private synchronized Flux<String> changeStream() {
        return changes.asFlux();
    }

    /** Tells every open change stream that {@code kind} {@code key} changed, as a service does after a write. */
    public synchronized void tellChange(String kind, String key) {
        changes.tryEmitNext("event: change\ndata: {\"service\":\"stub\",\"kind\":\"" + kind + "\",\"key\":"
                + (key == null ? "null" : "\"" + key + "\"") + "}\n\n");
    }

    /** Ends every open change stream, as an instance shutting down does; later streams work as before. */
    public synchronized void endChangeStreams() {
        changes.tryEmitComplete();
        changes = Sinks.many().multicast().directBestEffort();
    }

    /** Serves the fixture file stubs/{fixture} for this exact path and query. */
    public StubService serve(String pathAndQuery, String fixture) {
        try (var in = StubService.class.getResourceAsStream("/stubs/" + fixture)) {
            bodies.put(pathAndQuery, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | NullPointerException ex) {
            throw new UncheckedIOException(new IOException("missing fixture " + fixture, ex));
        }
        return this;
    }

    public void mode(Mode mode) {
        this.mode = mode;
        this.slowness = Duration.ofSeconds(10);
    }

    /** Answers every request after {@code delay}: slow, but healthy. */
    public void slowBy(Duration delay) {
        this.slowness = delay;
        this.mode = Mode.SLOW;
    }

    /** Serves this exact JSON for the path and query. */
    public StubService serveJson(String pathAndQuery, String json) {
        bodies.put(pathAndQuery, json);
        return this;
    }

    /** The W3C trace context headers of the last (up to 100) requests received, newest first. */
    public java.util.List<String> traceparents() {
        return java.util.List.copyOf(traceparents);
    }

    public int requests() {
        return requests.get();
    }

    /** The last (up to 200) requests received, newest first, as "METHOD /path?query" (health probes left out). */
    public java.util.List<String> received() {
        return java.util.List.copyOf(received);
    }

    /** The headers of the last request received (health probes and change streams left out), by any case. */
    public Map<String, String> lastHeaders() {
        return lastHeaders;
    }

    public Mode mode() {
        return mode;
    }

    public String url() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public void close() {
        server.disposeNow();
    }
}
