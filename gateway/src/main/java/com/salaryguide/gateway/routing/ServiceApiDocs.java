package com.salaryguide.gateway.routing;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.tags.Tag;
import com.salaryguide.gateway.web.ApiDocumentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.util.retry.Retry;

import com.salaryguide.gateway.downstream.Service;
import org.springframework.cloud.client.loadbalancer.reactive.LoadBalancedExchangeFilterFunction;

/**
 * Makes the gateway's /v3/api-docs one document for the whole public API: the routed services' own documents are
 * fetched once they answer (retrying in the background, never blocking a request) and their paths and schemas
 * merged into the gateway's. Until a service's document has arrived, its paths are missing from the merged document
 * (and still at /api-docs/{service}).
 */
@Component
public class ServiceApiDocs implements OpenApiCustomizer {

    private static final Logger log = LoggerFactory.getLogger(ServiceApiDocs.class);

    private final Map<String, OpenAPI> documents = new ConcurrentHashMap<>();
    private final WebClient http;

    public ServiceApiDocs(WebClient.Builder http, LoadBalancedExchangeFilterFunction loadBalancer) {
        this.http = http.clone().filter(loadBalancer).build();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void fetch() {
        Map<String, String> urls = new java.util.LinkedHashMap<>();
        for (Service service : Service.values()) {
            urls.put(service.serviceId(), service.url());
        }
        Flux.fromIterable(urls.entrySet())
                .flatMap(e -> http.get().uri(e.getValue() + "/v3/api-docs")
                        .retrieve().bodyToMono(String.class)
                        .retryWhen(Retry.backoff(20, Duration.ofSeconds(1)).maxBackoff(Duration.ofSeconds(30)))
                        .map(json -> Map.entry(e.getKey(), json))
                        .onErrorResume(ex -> {
                            log.warn("No OpenAPI document from {}: {}", e.getKey(), ex.toString());
                            return reactor.core.publisher.Mono.empty();
                        }))
                .subscribe(e -> {
                    try {
                        documents.put(e.getKey(), Json31.mapper().readValue(e.getValue(), OpenAPI.class));
                    } catch (Exception ex) {
                        log.warn("Unreadable OpenAPI document from {}: {}", e.getKey(), ex.toString());
                    }
                });
    }

    @Override
    public void customise(OpenAPI gateway) {
        ApiDocumentation.addProblemResponses(gateway);
        if (gateway.getPaths() == null) {
            gateway.setPaths(new Paths());
        }
        Components components = gateway.getComponents();
        documents.values().forEach(service -> {
            if (service.getPaths() != null) {
                service.getPaths().forEach(gateway.getPaths()::addPathItem);
            }
            Components theirs = service.getComponents();
            if (theirs != null) {
                putAll(theirs.getSchemas(), components::addSchemas);
                putAll(theirs.getSecuritySchemes(), components::addSecuritySchemes);
                putAll(theirs.getParameters(), components::addParameters);
                putAll(theirs.getResponses(), components::addResponses);
                putAll(theirs.getExamples(), components::addExamples);
                putAll(theirs.getHeaders(), components::addHeaders);
            }
            if (service.getTags() != null) {
                for (Tag tag : service.getTags()) {
                    if (gateway.getTags() == null || gateway.getTags().stream()
                            .noneMatch(t -> t.getName().equals(tag.getName()))) {
                        gateway.addTagsItem(tag);
                    }
                }
            }
        });
    }

    private static <T> void putAll(Map<String, T> from, java.util.function.BiConsumer<String, T> into) {
        if (from != null) {
            from.forEach(into);
        }
    }
}
