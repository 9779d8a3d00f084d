package com.salaryguide.gateway.routing;

import static com.salaryguide.gateway.web.ApiExceptionHandler.BROKE_OFF;
import static com.salaryguide.gateway.web.ApiExceptionHandler.TOO_SLOW;
import static com.salaryguide.gateway.web.ApiExceptionHandler.UNREACHABLE;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.salaryguide.gateway.downstream.DownstreamClient;
import com.salaryguide.gateway.downstream.DownstreamProperties;
import com.salaryguide.gateway.downstream.Service;
import com.salaryguide.gateway.web.ShortPathAnswers;
import com.salaryguide.problem.ProblemTypes;
import com.salaryguide.problem.ProblemWriter;
import io.netty.channel.ChannelOption;
import io.netty.channel.ConnectTimeoutException;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.timeout.ReadTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.gateway.config.HttpClientProperties;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.HttpHandlerDecoratorFactory;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.PrematureCloseException;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * The routed reads' short path: a GET or HEAD of a service's public API (a path under one of the routed prefixes)
 * is proxied right where the HTTP server hands it over, ahead of the web filter chain and Spring Cloud Gateway's
 * route handling, through one pooled Reactor Netty client per gateway. A routed read needs none of what that chain
 * offers: it is public (no security chain), carries no body (no size limit), and its route is the path prefix.
 * Measured on two cores, the full chain cost the gateway about 300-470 µs of CPU per routed read, this path a
 * fraction of that (bench/run.sh, README "Performance").
 *
 * <p>What a client sees is what the full route gives: the service's status, headers and body; the per-client rate
 * limit; the security headers and X-Trace-Id; one access-log line; the same instance choice among the ready
 * instances ({@code ReadinessCheckedInstances}, round robin); one retry, on another instance when there is one,
 * after a refused or broken connection or a 502/503; and when no answer can be had, the same problems as the full
 * route: 503 (unreachable, or no connection free within the connect timeout), 502 (the service broke off), 504 (no
 * answer within the response timeout), each with Retry-After. The W3C trace context a client sent is passed on
 * unchanged (so the services' spans join the client's trace); without one, a new trace id is made.
 *
 * <p>Everything else takes the full chain: writes and imports, requests with a body, CORS requests (Origin),
 * upgrades, paths with percent-encodings, dot segments, empty segments or characters outside a conservative set
 * (the security firewall judges those), and every path of the gateway's own. Turned off with
 * {@code salaryguide.routing.short-reads=false}.
 */
@Component
public class RoutedReads implements HttpHandlerDecoratorFactory, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RoutedReads.class);
    /** Hop-by-hop headers (RFC 9110 7.6.1) and Host: never passed on, in either direction. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection",
            "proxy-authenticate", "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host");
    private static final Duration RETRY_BACKOFF = Duration.ofMillis(20);
    /** Answers up to this size are read whole before they are passed on; larger ones stream. */
    private static final int WHOLE_ANSWER_BYTES = 64 * 1024;
    /** The server's event loops (Reactor Netty's default count, as Spring Boot leaves it). */
    private static final int IO_WORKERS = LoopResources.DEFAULT_IO_WORKER_COUNT;

    private final RoutingProperties routing;
    private final LoadBalancerClientFactory balancers;
    private final ShortPathAnswers answers;
    private final ConnectionProvider pool;
    private final HttpClient client;
    /** {@link #client} bound to each event loop that serves clients: see {@link #clientOn}. */
    private final Map<EventLoop, HttpClient> colocated = new ConcurrentHashMap<>();
    private final String retryAfter;
    private final Map<Service, ServiceInstanceListSupplier> instances = new ConcurrentHashMap<>();
    private final Map<Service, AtomicInteger> turns = new ConcurrentHashMap<>();

    public RoutedReads(RoutingProperties routing, DownstreamProperties downstream, HttpClientProperties httpClient,
                       LoadBalancerClientFactory balancers, ShortPathAnswers answers) {
        this.routing = routing;
        this.balancers = balancers;
        this.answers = answers;
        this.retryAfter = Long.toString(Math.max(1, routing.retryAfter().toSeconds()));
        Duration connectTimeout = Duration.ofMillis(httpClient.getConnectTimeout() == null ? 2000
                : httpClient.getConnectTimeout());
        // kept-alive connections per service instance and event loop: each loop's client (clientOn) gets pools of its
        // own, since Reactor Netty keys its pools by the client's configuration, loop included, so the configured
        // bound is shared out among the loops. A read that finds none free within the connect timeout is answered
        // 503 (the service is saturated) instead of queueing without bound. Idle connections are closed well before
        // a service closes them (DownstreamClient.POOL_MAX_IDLE), so a read never races that close.
        this.pool = ConnectionProvider.builder("routed-reads")
                .maxConnections(Math.max(1, -Math.floorDiv(-downstream.maxConnections(), IO_WORKERS)))
                .pendingAcquireMaxCount(-1)
                .pendingAcquireTimeout(connectTimeout)
                .maxIdleTime(DownstreamClient.POOL_MAX_IDLE)
                .build();
        HttpClient http = HttpClient.create(pool)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) connectTimeout.toMillis());
        this.client = httpClient.getResponseTimeout() == null ? http
                : http.responseTimeout(httpClient.getResponseTimeout());
        for (Service service : Service.values()) {
            turns.put(service, new AtomicInteger());
        }
    }

    @Override
    public HttpHandler apply(HttpHandler next) {
        if (!routing.shortReads()) {
            return next;
        }
        return (request, response) -> {
            Service service = target(request);
            HttpServerRequest in = service == null ? null : ShortPathAnswers.nativeRequest(request);
            HttpServerResponse out = in == null ? null : ShortPathAnswers.nativeResponse(response);
            if (out == null) {
                return next.handle(request, response);
            }
            String traceparent = ShortPathAnswers.traceparent(in.requestHeaders().get(ShortPathAnswers.TRACEPARENT));
            return answers.answer(service.serviceId(), request, response, out, traceparent,
                    answer -> forward(service, in, out, response, in.uri(), traceparent, null)
                            .onErrorResume(error -> failed(service, request, response, error)));
        };
    }

    /** The service whose public read this is, or null when the request must take the full chain. */
    Service target(ServerHttpRequest request) {
        if (!ShortPathAnswers.plainRead(request)) {
            return null;
        }
        String path = request.getURI().getRawPath();
        Service service = path.startsWith("/api/v1/occupations")
                && (path.length() == 19 || path.charAt(19) == '/') ? Service.wage
                : path.startsWith("/api/v1/geography/") ? Service.geography
                : path.startsWith("/api/v1/advice/") ? Service.advice
                : null;
        return service != null && plain(path) && plainQuery(request.getURI().getRawQuery()) ? service : null;
    }

    /** Letters, digits and - _ . , ~ : between single slashes, with no dot segment. */
    private static boolean plain(String path) {
        char previous = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == ',' || c == '~' || c == ':' || c == '/';
            if (!allowed || (c == '/' && previous == '/')) {
                return false;
            }
            previous = c;
        }
        return !path.contains("/.") && !path.endsWith("/");
    }

    /** A query of visible ASCII only (the service reads and judges the parameters). */
    private static boolean plainQuery(String query) {
        if (query == null) {
            return true;
        }
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == '"' || c == '\\' || c == '<' || c == '>') {
                return false;
            }
        }
        return true;
    }

    /**
     * The client whose connections live on the event loop that serves this request: the answer is read and passed
     * on by the same thread that reads and writes the client's connection, so no request or answer is handed
     * between threads (each hand-over costs a wake-up of the other loop: an eventfd write and an epoll return,
     * two system calls per request and direction). Each loop has its own pool of kept-alive connections, with its
     * share of {@code salaryguide.downstream.max-connections}. A request not on an event loop (never, from the
     * server) uses the shared loops.
     */
    HttpClient clientOn(HttpServerRequest in) {
        if (!(in instanceof Connection connection)) {
            return client;
        }
        EventLoop loop = connection.channel().eventLoop();
        HttpClient bound = colocated.get(loop);
        return bound != null ? bound : colocated.computeIfAbsent(loop, client::runOn);
    }

    /** Sends the read to a ready instance ({@code failed}: the one a first attempt failed on, else null). */
    private Mono<Void> forward(Service service, HttpServerRequest in, HttpServerResponse out,
                               ServerHttpResponse response, String pathAndQuery, String traceparent,
                               ServiceInstance failed) {
        return instances(service).flatMap(ready -> {
            ServiceInstance instance = choose(service, ready, failed);
            String authority = instance.getHost() + ":" + instance.getPort();
            return clientOn(in).request(in.method())
                    .uri((instance.isSecure() ? "https://" : "http://") + authority + pathAndQuery)
                    .send((upstream, body) -> {
                        copyEndToEnd(in.requestHeaders(), upstream.requestHeaders());
                        upstream.header(HttpHeaderNames.HOST, authority);
                        upstream.header(ShortPathAnswers.TRACEPARENT, traceparent);
                        return body;
                    })
                    .responseConnection((answer, connection) -> {
                        int status = answer.status().code();
                        if (failed == null && (status == 502 || status == 503)) {
                            // the instance cannot serve it (draining, or its own dependency down): drain the answer
                            // and ask another
                            return connection.inbound().receive().then().then(Mono.error(new RetryableAnswer()));
                        }
                        out.status(status);
                        copyEndToEnd(answer.responseHeaders(), out.responseHeaders());
                        ShortPathAnswers.securityHeaders(response);
                        int length = answer.responseHeaders().getInt(HttpHeaderNames.CONTENT_LENGTH, -1);
                        if (length >= 0 && length <= WHOLE_ANSWER_BYTES) {
                            // a small answer of known size is passed on whole: head and body in one write
                            return out.send(connection.inbound().receive().aggregate().retain()).then();
                        }
                        return out.send(connection.inbound().receive().retain()).then();
                    })
                    .then()
                    .onErrorResume(error -> failed == null && retryable(error, out),
                            error -> Mono.delay(RETRY_BACKOFF).then(forward(service, in, out, response, pathAndQuery,
                                    traceparent, instance)));
        });
    }

    /**
     * Copies the end-to-end headers of one message: not the hop-by-hop ones (nor those its Connection header names),
     * not Host and not the trace context, which are set for the next hop.
     */
    private static void copyEndToEnd(io.netty.handler.codec.http.HttpHeaders from,
                                     io.netty.handler.codec.http.HttpHeaders to) {
        String connection = from.get(HttpHeaderNames.CONNECTION);
        Set<String> named = connection == null ? Set.of() : Arrays.stream(connection.split(","))
                .map(token -> token.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        from.forEach(header -> {
            String lower = header.getKey().toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(lower) && !lower.equals(ShortPathAnswers.TRACEPARENT) && !named.contains(lower)) {
                to.add(header.getKey(), header.getValue());
            }
        });
    }

    /** Worth a second attempt: nothing sent to the client yet, and the instance refused, broke off or said 502/503. */
    private static boolean retryable(Throwable error, HttpServerResponse out) {
        if (out.hasSentHeaders()) {
            return false;
        }
        return error instanceof RetryableAnswer || unreachable(error) || brokenOff(error);
    }

    private Mono<Void> failed(Service service, ServerHttpRequest request, ServerHttpResponse response,
                              Throwable error) {
        if (response.isCommitted()) {
            // the answer had begun when the service broke off: nothing more can be said; the connection is closed
            log.debug("Routed read {} broke off after its answer began: {}", request.getURI().getRawPath(),
                    error.toString());
            return Mono.error(error);
        }
        String path = request.getURI().getRawPath();
        if (unreachable(error)) {
            log.warn("Upstream unreachable for {}: {}", path, error.toString());
            return upstream(response, HttpStatus.SERVICE_UNAVAILABLE, "Service Unavailable", UNREACHABLE, path);
        }
        if (error instanceof ReadTimeoutException || error instanceof TimeoutException) {
            log.warn("Upstream did not answer in time for {}", path);
            return upstream(response, HttpStatus.GATEWAY_TIMEOUT, "Gateway Timeout", TOO_SLOW, path);
        }
        if (brokenOff(error)) {
            log.warn("Upstream closed the connection for {}: {}", path, error.toString());
            return upstream(response, HttpStatus.BAD_GATEWAY, "Bad Gateway", BROKE_OFF, path);
        }
        log.error("Routed read {} failed", path, error);
        return upstream(response, HttpStatus.BAD_GATEWAY, "Bad Gateway", BROKE_OFF, path);
    }

    private Mono<Void> upstream(ServerHttpResponse response, HttpStatus status, String title, String detail,
                                String path) {
        response.getHeaders().set(HttpHeaders.RETRY_AFTER, retryAfter);
        return ProblemWriter.write(response, status, ProblemTypes.UNAVAILABLE.toString(), title, detail, path);
    }

    /** Refused, timed out while connecting, no ready instance, or no pooled connection free in time. */
    private static boolean unreachable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            // (Reactor Netty's pool exceptions are shaded internals: known by name)
            if (t instanceof ConnectException || t instanceof ConnectTimeoutException || t instanceof NoInstance
                    || t.getClass().getSimpleName().startsWith("PoolAcquire")) {
                return true;
            }
        }
        return false;
    }

    private static boolean brokenOff(Throwable error) {
        return error instanceof PrematureCloseException || (error instanceof IOException
                && !(error instanceof ConnectException));
    }

    private Mono<List<ServiceInstance>> instances(Service service) {
        ServiceInstanceListSupplier supplier = instances.computeIfAbsent(service,
                s -> balancers.getInstance(s.serviceId(), ServiceInstanceListSupplier.class));
        return supplier.get().next()
                .filter(list -> !list.isEmpty())
                .switchIfEmpty(Mono.error(new NoInstance(service)));
    }

    /** Round robin over the ready instances, past the one a first attempt failed on. */
    private ServiceInstance choose(Service service, List<ServiceInstance> ready, ServiceInstance failed) {
        int turn = turns.get(service).getAndIncrement() & Integer.MAX_VALUE;
        ServiceInstance chosen = ready.get(turn % ready.size());
        if (failed != null && ready.size() > 1 && chosen.getInstanceId().equals(failed.getInstanceId())) {
            chosen = ready.get((turn + 1) % ready.size());
        }
        return chosen;
    }

    @Override
    public void destroy() {
        pool.dispose();
    }

    /** A 502/503 from the first instance asked: worth asking another. */
    private static final class RetryableAnswer extends RuntimeException {
        RetryableAnswer() {
            super(null, null, false, false);
        }
    }

    private static final class NoInstance extends RuntimeException {
        NoInstance(Service service) {
            super("no instance of " + service.serviceId() + " is configured", null, false, false);
        }
    }
}
