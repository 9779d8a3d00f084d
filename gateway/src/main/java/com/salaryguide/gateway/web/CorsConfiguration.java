package com.salaryguide.gateway.web;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * CORS for browser clients, for every public path (the gateway's own and the routed ones). No origin is allowed
 * unless configured: SALARYGUIDE_CORS_ALLOWED_ORIGINS=https://app.example.com,https://admin.example.com.
 */
@Configuration
public class CorsConfiguration {

    @ConfigurationProperties("salaryguide.cors")
    public record CorsProperties(@DefaultValue List<String> allowedOrigins,
                                 @DefaultValue({"GET", "POST", "PUT", "PATCH", "DELETE"}) List<String> allowedMethods,
                                 @DefaultValue("1h") Duration maxAge) {
    }

    @Bean
    CorsWebFilter corsWebFilter(CorsProperties properties) {
        org.springframework.web.cors.CorsConfiguration cors = new org.springframework.web.cors.CorsConfiguration();
        cors.setAllowedOrigins(properties.allowedOrigins());
        cors.setAllowedMethods(properties.allowedMethods());
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "traceparent"));
        cors.setExposedHeaders(List.of(TraceIdAndAccessLogFilter.HEADER, "ETag", "Retry-After", "Location"));
        cors.setMaxAge(properties.maxAge());
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return new CorsWebFilter(source);
    }
}
