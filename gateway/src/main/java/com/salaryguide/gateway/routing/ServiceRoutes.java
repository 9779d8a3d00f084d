package com.salaryguide.gateway.routing;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import com.salaryguide.gateway.downstream.Service;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * Each service's public API is routed unchanged, through the load balancer (lb://wage-service and so on: a ready
 * instance each time); the gateway's own endpoints (/api/v1/guides...) take precedence. A read (GET, HEAD) that
 * finds its instance gone (connection refused or reset, 502, 503) is retried once on another instance, so a rolling
 * restart costs clients nothing; a write is never retried (it may have been applied).
 */
@Configuration
public class ServiceRoutes {

    @Bean
    RouteLocator routeLocator(RouteLocatorBuilder routes, RoutingProperties routing) {
        long importTimeout = routing.importTimeout().toMillis();
        String wage = "lb://" + Service.wage.serviceId();
        String geography = "lb://" + Service.geography.serviceId();
        String advice = "lb://" + Service.advice.serviceId();
        return routes.routes()
                // whole BLS files take longer to check and write than any read: their own response timeout
                .route("wage-service-imports", r -> r.path("/api/v1/occupations/imports")
                        .metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, importTimeout).uri(wage))
                .route("geography-service-imports", r -> r.path("/api/v1/geography/imports")
                        .metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, importTimeout).uri(geography))
                .route("wage-service", r -> r.path("/api/v1/occupations", "/api/v1/occupations/**")
                        .filters(ServiceRoutes::retryReads).uri(wage))
                .route("geography-service", r -> r.path("/api/v1/geography/**")
                        .filters(ServiceRoutes::retryReads).uri(geography))
                .route("advice-service", r -> r.path("/api/v1/advice/**")
                        .filters(ServiceRoutes::retryReads).uri(advice))
                // each service's OpenAPI document, listed beside the gateway's own in Swagger UI; the public host is kept
                // so the document's server URL is the gateway
                .route("wage-service-api-docs", r -> r.path("/api-docs/wage-service")
                        .filters(f -> f.setPath("/v3/api-docs").preserveHostHeader()).uri(wage))
                .route("geography-service-api-docs", r -> r.path("/api-docs/geography-service")
                        .filters(f -> f.setPath("/v3/api-docs").preserveHostHeader()).uri(geography))
                .route("advice-service-api-docs", r -> r.path("/api-docs/advice-service")
                        .filters(f -> f.setPath("/v3/api-docs").preserveHostHeader()).uri(advice))
                .build();
    }

    @SuppressWarnings("unchecked")
    private static GatewayFilterSpec retryReads(GatewayFilterSpec filters) {
        return filters.retry(retry -> retry.setRetries(1)
                .setMethods(HttpMethod.GET, HttpMethod.HEAD)
                .setStatuses(HttpStatus.BAD_GATEWAY, HttpStatus.SERVICE_UNAVAILABLE)
                .setSeries()
                .setExceptions(IOException.class, TimeoutException.class)
                .setBackoff(new RetryGatewayFilterFactory.BackoffConfig(Duration.ofMillis(20), Duration.ofMillis(200),
                        2, false)));
    }
}
