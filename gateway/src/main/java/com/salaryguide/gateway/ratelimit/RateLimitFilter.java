package com.salaryguide.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.util.function.Supplier;

import com.salaryguide.gateway.web.ShortPathAnswers;
import com.salaryguide.problem.ProblemWriter;
import org.springframework.cloud.gateway.filter.ratelimit.Bucket4jRateLimiter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
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
        if (ShortPathAnswers.isAdmitted(exchange.getRequest())) {
            // a short path counted it already, then handed it over
            return chain.filter(exchange);
        }
        return admit(exchange.getRequest(), exchange.getResponse(), () -> chain.filter(exchange));
    }

    /**
     * Applies the client's budget to one request: {@code next} when it is within it (with the budget's headers),
     * else the 429 problem. Also used by the routed reads, which are answered below the web filters.
     */
    public Mono<Void> admit(ServerHttpRequest request, ServerHttpResponse response, Supplier<Mono<Void>> next) {
        if (!properties.enabled() || !request.getPath().value().startsWith("/api/")) {
            return next.get();
        }
        return limiter.isAllowed(RateLimiterConfiguration.LIMITED, "salaryguide:rate-limit:" + client(request))
                .flatMap(decision -> {
            decision.getHeaders().forEach((name, value) -> response.getHeaders().set(name, value));
            if (decision.isAllowed()) {
                return next.get();
            }
            long retryAfter = Math.max(1, (long) Math.ceil(properties.refillPeriod().toMillis() / 1000.0));
            response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
            return ProblemWriter.write(response, HttpStatus.TOO_MANY_REQUESTS, "Too Many Requests",
                    "This client has used its request budget; retry after the time in Retry-After.");
        });
    }

    private static String client(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
