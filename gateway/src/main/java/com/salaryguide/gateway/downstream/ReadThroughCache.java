package com.salaryguide.gateway.downstream;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
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
 *
 * <p>Loads are coalesced: while one fetch of a key is in flight, every other request for that key waits for it
 * instead of starting its own. Without this, an entry expiring under load sends every concurrent request to the
 * service at once, which fills the circuit breaker's bulkhead and can open the breaker for a healthy service.
 *
 * <p>A service's answers are dropped when it tells of a write ({@link ChangeFeed}); a fetch already under way then
 * is still shared with those waiting for it, but its answer is not kept, as it may predate the write.
 */
@Component
public class ReadThroughCache {

    private final Cache<String, Entry> entries;
    private final Duration ttl;
    private final Duration staleTtl;
    private final Ticker ticker;
    private final ConcurrentMap<String, Mono<Fetched<?>>> inFlight = new ConcurrentHashMap<>();
    /** Counts drops: a fetch that saw a drop happen while it was under way does not keep its answer. */
    private final AtomicLong drops = new AtomicLong();

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
            if (cached != null && ticker.read() - cached.fetchedAt() < ttl.toNanos()) {
                return Mono.just(cached.<T>fetched());
            }
            return inFlight.computeIfAbsent(key, k -> load(k, cached, loader)).map(ReadThroughCache::<T>cast);
        });
    }

    /** One shared fetch of a key: its answer is replayed to everyone who asked meanwhile, then it is forgotten. */
    private <T> Mono<Fetched<?>> load(String key, Entry cached, Supplier<Mono<Fetched<T>>> loader) {
        return Mono.defer(() -> {
            long dropsBefore = drops.get();
            return loader.get().<Fetched<?>>map(fresh -> {
                if (!fresh.isUnavailable()) {
                    if (drops.get() == dropsBefore) {
                        entries.put(key, new Entry(fresh, ticker.read()));
                    }
                    return fresh;
                }
                boolean usable = cached != null && ticker.read() - cached.fetchedAt() < staleTtl.toNanos();
                return usable ? cached.fetched() : fresh;
            });
        }).doFinally(signal -> inFlight.remove(key)).cache();
    }

    @SuppressWarnings("unchecked")
    private static <T> Fetched<T> cast(Fetched<?> fetched) {
        return (Fetched<T>) fetched;
    }

    /** Drops every cached answer (used by tests and after writes that change guide content). */
    public void clear() {
        drops.incrementAndGet();
        entries.invalidateAll();
    }

    /** Drops every cached answer of {@code service} (it told of a write, or may have written unseen). */
    public void evict(Service service) {
        String prefix = service.name() + ':';
        drops.incrementAndGet();
        entries.asMap().keySet().removeIf(key -> key.startsWith(prefix));
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
