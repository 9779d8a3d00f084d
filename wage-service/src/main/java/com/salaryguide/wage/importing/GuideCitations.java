package com.salaryguide.wage.importing;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Asks advice-service which of some occupations an editorial guide cites
 * ({@code GET /api/v1/advice/citations?socCode=15-2051,15-1252}). Each configured address is tried in order until
 * one answers within the timeout; when none does, the answer is an {@link AdviceUnavailable} error.
 */
@Component
public class GuideCitations {

    private static final Logger log = LoggerFactory.getLogger(GuideCitations.class);
    /** SOC codes per request: 100 keep the request line near 1 KB, well under the 4 KB a server takes. */
    private static final int CODES_PER_REQUEST = 100;

    private final WebClient http;
    private final AdviceProperties properties;

    public GuideCitations(WebClient.Builder http, AdviceProperties properties) {
        this.http = http.build();
        this.properties = properties;
    }

    /** One citation as advice-service serves it; fields this service does not use are ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Citation(String socCode, String role, Guide guide) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Guide(String slug, String title, Integer year) {
    }

    /** advice-service could not tell (down, too slow, an error or an unreadable answer at every address). */
    public static final class AdviceUnavailable extends RuntimeException {
        AdviceUnavailable(String message) {
            super(message);
        }
    }

    /** The slugs of the guides citing each of the codes that some guide cites; codes no guide cites are left out. */
    public Mono<Map<String, Set<String>>> guidesCiting(Collection<String> socCodes) {
        List<String> codes = List.copyOf(socCodes);
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < codes.size(); i += CODES_PER_REQUEST) {
            batches.add(codes.subList(i, Math.min(codes.size(), i + CODES_PER_REQUEST)));
        }
        return Flux.fromIterable(batches)
                .concatMap(batch -> ask(batch, 0))
                .collect(LinkedHashMap<String, Set<String>>::new, (cited, c) -> {
                    if (c.socCode() != null && c.guide() != null && c.guide().slug() != null) {
                        cited.computeIfAbsent(c.socCode(), k -> new LinkedHashSet<>()).add(c.guide().slug());
                    }
                })
                .map(Collections::unmodifiableMap);
    }

    private Flux<Citation> ask(List<String> batch, int address) {
        if (address >= properties.url().size()) {
            return Flux.error(new AdviceUnavailable("no address of advice-service answered"));
        }
        URI base = properties.url().get(address);
        URI uri = UriComponentsBuilder.fromUri(base).path("/api/v1/advice/citations")
                .queryParam("socCode", String.join(",", batch)).build().encode().toUri();
        return http.get().uri(uri).retrieve().bodyToFlux(Citation.class)
                .collectList()
                .timeout(properties.timeout())
                .flatMapMany(Flux::fromIterable)
                .onErrorResume(ex -> {
                    log.warn("advice-service at {} did not say which occupations guides cite: {}", base, ex.toString());
                    return ask(batch, address + 1);
                });
    }
}
