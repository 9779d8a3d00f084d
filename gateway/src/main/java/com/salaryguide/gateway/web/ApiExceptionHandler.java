package com.salaryguide.gateway.web;

import java.net.ConnectException;
import java.net.UnknownHostException;

import com.salaryguide.gateway.routing.RoutingProperties;
import com.salaryguide.problem.ProblemResponses;
import com.salaryguide.problem.ProblemTypes;
import io.netty.channel.ConnectTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;

/**
 * This process's one error handler: the platform's problem responses (see {@link ProblemResponses}), plus what a
 * gateway owes its clients when a routed call cannot be completed: 503 when no instance of the service can be
 * reached, 502 when the service broke off its answer, 504 when it did not answer in time, each with Retry-After.
 * These are never the client's fault and never a 500.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    /** The details of a routed call's 503, 502 and 504 (also given by the short path's reads, RoutedReads). */
    public static final String UNREACHABLE = "The service behind this path cannot be reached right now; retry after"
            + " the time in Retry-After.";
    public static final String BROKE_OFF = "The service behind this path closed the connection before answering;"
            + " retry after the time in Retry-After.";
    public static final String TOO_SLOW = "The service behind this path did not answer in time; retry after the time"
            + " in Retry-After.";

    private final RoutingProperties routing;

    public ApiExceptionHandler(RoutingProperties routing) {
        this.routing = routing;
    }

    @ExceptionHandler({ConnectException.class, ConnectTimeoutException.class, UnknownHostException.class})
    ResponseEntity<Object> unreachable(Exception ex, ServerWebExchange exchange) {
        log.warn("Upstream unreachable for {}: {}", exchange.getRequest().getPath(), ex.toString());
        return upstream(HttpStatus.SERVICE_UNAVAILABLE, "Service Unavailable", UNREACHABLE);
    }

    @ExceptionHandler
    ResponseEntity<Object> brokenOff(PrematureCloseException ex, ServerWebExchange exchange) {
        log.warn("Upstream closed the connection for {}: {}", exchange.getRequest().getPath(), ex.toString());
        return upstream(HttpStatus.BAD_GATEWAY, "Bad Gateway", BROKE_OFF);
    }

    /**
     * Spring Cloud Gateway reports a routed call past its response timeout as 504, and a service with no ready
     * instance as 503; both are retryable, and say so.
     */
    @Override
    protected Mono<ResponseEntity<Object>> handleResponseStatusException(ResponseStatusException ex,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        if (status.value() == HttpStatus.GATEWAY_TIMEOUT.value()) {
            return Mono.just(upstream(HttpStatus.GATEWAY_TIMEOUT, "Gateway Timeout", TOO_SLOW));
        }
        if (status.value() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            log.warn("No instance available for {}: {}", exchange.getRequest().getPath(), ex.getReason());
            return Mono.just(upstream(HttpStatus.SERVICE_UNAVAILABLE, "Service Unavailable", UNREACHABLE));
        }
        return super.handleResponseStatusException(ex, headers, status, exchange);
    }

    private ResponseEntity<Object> upstream(HttpStatus status, String title, String detail) {
        return ResponseEntity.status(status)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, routing.retryAfter().toSeconds())))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(status, ProblemTypes.UNAVAILABLE, title, detail));
    }
}
