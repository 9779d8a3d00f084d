package com.salaryguide.gateway.downstream;

import java.time.Duration;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Read-mostly downstream answers (guide content, percentiles, area rankings) kept in memory.
 *
 * <p>Staleness bound: an answer is served from memory for at most {@code cache-ttl} after it was fetched, then
 * fetched again. If that fetch fails, the last answer keeps being served until it is {@code stale-ttl} old, so a
 * service outage costs sections only once the copy is that old. 404 answers are cached like values.
 */
@Component
public class ReadThroughCache {

    private final Cache<String, Entry> entries;
    private final Duration ttl;
    private final Duration staleTtl;
    private final Ticker ticker;

    @Autowired
    public ReadThroughCache(DownstreamProperties properties) {
        this(properties, Ticker.systemTicker());
    }

    ReadThroughCache(DownstreamProperties properties, Ticker ticker) {
        this.ttl = properties.cacheTtl();
        this.staleTtl = properties.staleTtl();
        this.ticker = ticker;
        this.entries = Caffeine.newBuilder()
                .maximumSize(properties.cacheMaxEntries())
                .expireAfterWrite(max(properties.cacheTtl(), properties.staleTtl()))
                .ticker(ticker)
                .build();
    }

    public <T> Mono<Fetched<T>> get(String key, Supplier<Mono<Fetched<T>>> loader) {
        return Mono.defer(() -> {
            Entry cached = entries.getIfPresent(key);
            long now = ticker.read();
            if (cached != null && now - cached.fetchedAt() < ttl.toNanos()) {
                return Mono.just(cached.<T>fetched());
            }
            return loader.get().map(fresh -> {
                if (!fresh.isUnavailable()) {
                    entries.put(key, new Entry(fresh, ticker.read()));
                    return fresh;
                }
                boolean usable = cached != null && ticker.read() - cached.fetchedAt() < staleTtl.toNanos();
                return usable ? cached.<T>fetched() : fresh;
            });
        });
    }

    /** Drops every cached answer (used by tests and after writes that change guide content). */
    public void clear() {
        entries.invalidateAll();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private record Entry(Fetched<?> value, long fetchedAt) {
        @SuppressWarnings("unchecked")
        <T> Fetched<T> fetched() {
            return (Fetched<T>) value;
        }
    }
}
