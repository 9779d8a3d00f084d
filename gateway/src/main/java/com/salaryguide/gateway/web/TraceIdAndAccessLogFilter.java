package com.salaryguide.gateway.web;

import java.util.Optional;

import io.micrometer.tracing.handler.TracingObservationHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Returns each request's trace id in the {@value #HEADER} response header (the same id travels to the services in
 * the W3C traceparent header, so one id finds a request in every process's log) and writes one access-log line per
 * request: method, path, status, duration and trace id.
 */
@Component
public class TraceIdAndAccessLogFilter implements WebFilter, Ordered {

    public static final String HEADER = "X-Trace-Id";
    private static final Logger accessLog = LoggerFactory.getLogger("com.salaryguide.gateway.access");

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long started = System.nanoTime();
        String traceId = traceId(exchange).orElse(null);
        if (traceId != null) {
            exchange.getResponse().getHeaders().set(HEADER, traceId);
        }
        return chain.filter(exchange).doFinally(signal -> {
            var status = exchange.getResponse().getStatusCode();
            log(exchange.getRequest().getMethod().name(), exchange.getRequest().getURI().getRawPath(),
                    status == null ? 0 : status.value(), started, traceId);
        });
    }

    /** One access-log line: method, path, status (0: none), milliseconds since {@code startedNanos}, trace id. */
    public static void log(String method, String rawPath, int status, long startedNanos, String traceId) {
        accessLog.info("{} {} {} {}ms trace={}", method, rawPath, status == 0 ? "-" : status,
                (System.nanoTime() - startedNanos) / 1_000_000, traceId == null ? "-" : traceId);
    }

    private static Optional<String> traceId(ServerWebExchange exchange) {
        return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(context -> context.<TracingObservationHandler.TracingContext>get(
                        TracingObservationHandler.TracingContext.class))
                .map(TracingObservationHandler.TracingContext::getSpan)
                .map(span -> span.context().traceId());
    }
}
