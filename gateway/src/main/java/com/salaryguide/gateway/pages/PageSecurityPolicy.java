package com.salaryguide.gateway.pages;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * A strict Content-Security-Policy for the pages and their assets: scripts, styles, data and images from this
 * origin only, no inline script or style, no plugins, not framed. The pages keep to it by construction (ES modules
 * from files, one stylesheet, DOM built with textContent; ECharts draws on canvas). Only the pages' paths get it:
 * Swagger UI, served by springdoc, needs its own rules and keeps the headers every answer carries.
 */
@Component
class PageSecurityPolicy implements WebFilter, Ordered {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private static final List<PathPattern> PAGES = List.of(
            PathPatternParser.defaultInstance.parse("/"),
            PathPatternParser.defaultInstance.parse("/guides/**"),
            PathPatternParser.defaultInstance.parse("/pages/**"));

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        if (PAGES.stream().anyMatch(p -> p.matches(path))) {
            exchange.getResponse().getHeaders().set("Content-Security-Policy", POLICY);
        }
        return chain.filter(exchange);
    }
}
