package com.salaryguide.gateway.ratelimit;

import java.net.InetSocketAddress;

import com.salaryguide.problem.ProblemWriter;
import org.springframework.cloud.gateway.filter.ratelimit.Bucket4jRateLimiter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Applies the per-client budget to every /api/** request, the gateway's own endpoints and the routed ones alike
 * (a route filter would miss the former). Past the budget: 429 problem with Retry-After.
 */
@Component
public class RateLimitFilter implements WebFilter, Ordered {

    private final Bucket4jRateLimiter limiter;
    private final RateLimitProperties properties;

    public RateLimitFilter(Bucket4jRateLimiter limiter, RateLimitProperties properties) {
        this.limiter = limiter;
        this.properties = properties;
        RateLimiterConfiguration.registerBudget(limiter, properties);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!properties.enabled() || !exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        return limiter.isAllowed(RateLimiterConfiguration.LIMITED, "salaryguide:rate-limit:" + client(exchange))
                .flatMap(decision -> {
            decision.getHeaders().forEach((name, value) -> exchange.getResponse().getHeaders().set(name, value));
            if (decision.isAllowed()) {
                return chain.filter(exchange);
            }
            long retryAfter = Math.max(1, (long) Math.ceil(properties.refillPeriod().toMillis() / 1000.0));
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
            return ProblemWriter.write(exchange.getResponse(), HttpStatus.TOO_MANY_REQUESTS, "Too Many Requests",
                    "This client has used its request budget; retry after the time in Retry-After.");
        });
    }

    private static String client(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
