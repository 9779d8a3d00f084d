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
                // a name the gateway (or a service merged before) already defines keeps its first definition: the
                // shared ones (Problem, ValidationProblem, bearerAuth) are the same everywhere, and a service's
                // schema must not replace one of the gateway's own that happens to have its name
                components.setSchemas(merged(components.getSchemas(), theirs.getSchemas()));
                components.setSecuritySchemes(merged(components.getSecuritySchemes(), theirs.getSecuritySchemes()));
                components.setParameters(merged(components.getParameters(), theirs.getParameters()));
                components.setResponses(merged(components.getResponses(), theirs.getResponses()));
                components.setExamples(merged(components.getExamples(), theirs.getExamples()));
                components.setHeaders(merged(components.getHeaders(), theirs.getHeaders()));
            }
            if (service.getTags() != null) {
                service.getTags().forEach(gateway::addTagsItem);
            }
        });
        gateway.setTags(distinctByName(gateway.getTags()));
    }

    private static <T> Map<String, T> merged(Map<String, T> ours, Map<String, T> theirs) {
        Map<String, T> all = new java.util.LinkedHashMap<>(ours == null ? Map.of() : ours);
        if (theirs != null) {
            theirs.forEach(all::putIfAbsent);
        }
        return all.isEmpty() ? null : all;
    }

    /** One tag per name: the one that says what it is about, else the first. */
    private static java.util.List<Tag> distinctByName(java.util.List<Tag> tags) {
        if (tags == null) {
            return null;
        }
        Map<String, Tag> byName = new java.util.LinkedHashMap<>();
        for (Tag tag : tags) {
            Tag kept = byName.get(tag.getName());
            if (kept == null || (kept.getDescription() == null && tag.getDescription() != null)) {
                byName.put(tag.getName(), tag);
            }
        }
        return new java.util.ArrayList<>(byName.values());
    }
}
