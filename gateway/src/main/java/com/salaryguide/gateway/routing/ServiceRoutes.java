package com.salaryguide.gateway.routing;

import com.salaryguide.gateway.downstream.DownstreamProperties;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Each service's public API is routed unchanged; the gateway's own endpoints (/api/v1/guides) take precedence. */
@Configuration
public class ServiceRoutes {

    @Bean
    RouteLocator routeLocator(RouteLocatorBuilder routes, DownstreamProperties services, RoutingProperties routing) {
        long importTimeout = routing.importTimeout().toMillis();
        return routes.routes()
                // whole BLS files take longer to check and write than any read: their own response timeout
                .route("wage-service-imports", r -> r.path("/api/v1/occupations/imports")
                        .metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, importTimeout).uri(services.wageUrl()))
                .route("geography-service-imports", r -> r.path("/api/v1/geography/imports")
                        .metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, importTimeout).uri(services.geographyUrl()))
                .route("wage-service", r -> r.path("/api/v1/occupations", "/api/v1/occupations/**")
                        .uri(services.wageUrl()))
                .route("geography-service", r -> r.path("/api/v1/geography/**").uri(services.geographyUrl()))
                .route("advice-service", r -> r.path("/api/v1/advice/**").uri(services.adviceUrl()))
                // each service's OpenAPI document, listed beside the gateway's own in Swagger UI; the public host is kept
                // so the document's server URL is the gateway
                .route("wage-service-api-docs", r -> r.path("/api-docs/wage-service")
                        .filters(f -> f.setPath("/v3/api-docs").preserveHostHeader()).uri(services.wageUrl()))
                .route("geography-service-api-docs", r -> r.path("/api-docs/geography-service")
                        .filters(f -> f.setPath("/v3/api-docs").preserveHostHeader()).uri(services.geographyUrl()))
                .route("advice-service-api-docs", r -> r.path("/api-docs/advice-service")
                        .filters(f -> f.setPath("/v3/api-docs").preserveHostHeader()).uri(services.adviceUrl()))
                .build();
    }
}
