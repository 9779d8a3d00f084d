package com.salaryguide.gateway.guide;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.salaryguide.gateway.downstream.DegradedAnswers;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guides as sent: the assembled guide written to JSON once, with a strong entity tag derived from those bytes.
 *
 * <p>A complete guide (no unavailable section) is kept for one second, so under load a guide is assembled and
 * written about once a second rather than on every request; this adds at most 1 s to the staleness bound of the
 * downstream cache. A degraded guide is never kept: the next request tries the missing services again.
 */
@Component
public class GuideDocuments {

    static final Duration KEPT_FOR = Duration.ofSeconds(1);

    /** One guide's JSON; {@code etag} is a quoted strong entity tag; {@code complete} when nothing is missing. */
    public record Document(byte[] json, String etag, boolean complete) {
    }

    private final GuideAggregator aggregator;
    private final JsonMapper json;
    private final DegradedAnswers degraded;
    private final Cache<String, Document> recent = Caffeine.newBuilder()
            .expireAfterWrite(KEPT_FOR).maximumSize(1_000).build();

    public GuideDocuments(GuideAggregator aggregator, JsonMapper json, DegradedAnswers degraded) {
        this.aggregator = aggregator;
        this.json = json;
        this.degraded = degraded;
    }

    public Mono<Document> guide(String slug) {
        Document kept = recent.getIfPresent(slug);
        if (kept != null) {
            return Mono.just(kept);
        }
        return aggregator.guide(slug).doOnNext(view -> degraded.guide(view.unavailableSections()))
                .map(this::write).doOnNext(document -> {
            if (document.complete()) {
                recent.put(slug, document);
            }
        });
    }

    /** The guide as kept (complete, assembled within the last second), or null. */
    public Document kept(String slug) {
        return recent.getIfPresent(slug);
    }

    /** Forgets every kept guide (tests; after writes that change guide content). */
    public void forget() {
        recent.invalidateAll();
    }

    Document write(GuideView view) {
        byte[] bytes = json.writeValueAsBytes(view);
        return new Document(bytes, etag(bytes), view.unavailableSections().isEmpty());
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
