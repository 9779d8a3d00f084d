package com.salaryguide.gateway.routing;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import com.salaryguide.problem.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.PayloadTooLargeException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Bounds every request body at the gateway, before it reaches a service. A declared Content-Length over the limit
 * is refused at once (413, nothing proxied); a body without one (chunked) is counted as it streams and stops with
 * 413 at the first byte past the limit. The limit is below the services' own, so the gateway always refuses
 * first: otherwise the service closes the connection mid-body and the client sees a broken proxy instead of 413.
 */
@Component
public class RequestBodyLimitFilter implements WebFilter, Ordered {

    private final RoutingProperties properties;

    public RequestBodyLimitFilter(RoutingProperties properties) {
        this.properties = properties;
    }

    @Override
    public int getOrder() {
        // after the access log, trace id and rate limit, before security and routing
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        HttpHeaders headers = request.getHeaders();
        long declared = headers.getContentLength();
        if (declared == 0 || (declared < 0 && !headers.containsHeader(HttpHeaders.TRANSFER_ENCODING))) {
            return chain.filter(exchange);
        }
        long limit = limit(request.getPath().value());
        if (declared > limit) {
            return ProblemWriter.write(exchange.getResponse(), HttpStatus.PAYLOAD_TOO_LARGE, "Content Too Large",
                    "The request body is larger than this path accepts (" + limit / 1024 + " KB).");
        }
        if (declared > 0) {
            return chain.filter(exchange);
        }
        ServerHttpRequest counted = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                AtomicLong size = new AtomicLong();
                return super.getBody().doOnNext(buffer -> {
                    if (size.addAndGet(buffer.readableByteCount()) > limit) {
                        DataBufferUtils.release(buffer);
                        throw new PayloadTooLargeException(null);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build());
    }

    long limit(String path) {
        if (properties.importPaths().contains(path)) {
            return properties.maxImportSize().toBytes();
        }
        return properties.routedPrefixes().stream().anyMatch(path::startsWith) ? properties.maxBodySize().toBytes()
                : properties.maxOwnBodySize().toBytes();
    }
}
