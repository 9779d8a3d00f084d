package com.salaryguide.gateway.downstream;

import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Ticker;
import reactor.core.publisher.Mono;

/** Opens the cache's package-private, clock-taking constructor to tests in other packages. */
public final class ReadThroughCacheProbe {

    private final ReadThroughCache cache;

    public ReadThroughCacheProbe(DownstreamProperties properties, Ticker ticker) {
        this.cache = new ReadThroughCache(properties, ticker);
    }

    public <T> Mono<Fetched<T>> get(String key, Supplier<Mono<Fetched<T>>> loader) {
        return cache.get(key, loader);
    }

    public void evict(Service service) {
        cache.evict(service);
    }
}
