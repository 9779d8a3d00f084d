package com.salaryguide.gateway.guide;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.salaryguide.gateway.downstream.DownstreamProperties;
import com.salaryguide.gateway.downstream.Fetched;
import com.salaryguide.gateway.downstream.ReadThroughCacheProbe;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class ReadThroughCacheTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger loads = new AtomicInteger();

    private ReadThroughCacheProbe cache(Duration ttl, Duration staleTtl) {
        return new ReadThroughCacheProbe(new DownstreamProperties(null, null, null, Duration.ofMillis(350), ttl,
                staleTtl, 100, null, 16, null), now::get);
    }

    private Mono<Fetched<String>> load(Fetched<String> answer) {
        return Mono.fromSupplier(() -> {
            loads.incrementAndGet();
            return answer;
        });
    }

    @Test
    void servesFromMemoryWithinTheTtlAndFetchesAgainAfterIt() {
        ReadThroughCacheProbe cache = cache(Duration.ofSeconds(10), Duration.ZERO);
        StepVerifier.create(cache.get("k", () -> load(Fetched.found("a")))).expectNext(Fetched.found("a")).verifyComplete();
        now.addAndGet(Duration.ofSeconds(9).toNanos());
        StepVerifier.create(cache.get("k", () -> load(Fetched.found("b")))).expectNext(Fetched.found("a")).verifyComplete();
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        StepVerifier.create(cache.get("k", () -> load(Fetched.found("b")))).expectNext(Fetched.found("b")).verifyComplete();
        org.assertj.core.api.Assertions.assertThat(loads).hasValue(2);
    }

    @Test
    void aFailedRefreshIsUnavailableUnlessAStaleCopyIsYoungEnough() {
        ReadThroughCacheProbe strict = cache(Duration.ofSeconds(10), Duration.ZERO);
        strict.get("k", () -> load(Fetched.found("a"))).block();
        now.addAndGet(Duration.ofSeconds(11).toNanos());
        StepVerifier.create(strict.get("k", () -> load(Fetched.unavailable())))
                .expectNext(Fetched.unavailable()).verifyComplete();

        ReadThroughCacheProbe lenient = cache(Duration.ofSeconds(10), Duration.ofMinutes(1));
        lenient.get("k", () -> load(Fetched.found("a"))).block();
        now.addAndGet(Duration.ofSeconds(30).toNanos());
        StepVerifier.create(lenient.get("k", () -> load(Fetched.unavailable())))
                .expectNext(Fetched.found("a")).verifyComplete();
        now.addAndGet(Duration.ofSeconds(31).toNanos());
        StepVerifier.create(lenient.get("k", () -> load(Fetched.unavailable())))
                .expectNext(Fetched.unavailable()).verifyComplete();
    }

    @Test
    void requestsArrivingWhileAKeyIsBeingFetchedShareThatOneFetch() {
        ReadThroughCacheProbe cache = cache(Duration.ofSeconds(10), Duration.ZERO);
        reactor.core.publisher.Sinks.One<Fetched<String>> answer = reactor.core.publisher.Sinks.one();
        java.util.function.Supplier<Mono<Fetched<String>>> slowLoad = () -> {
            loads.incrementAndGet();
            return answer.asMono();
        };
        java.util.List<Fetched<String>> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int i = 0; i < 20; i++) {
            cache.get("k", slowLoad).subscribe(received::add);
        }
        org.assertj.core.api.Assertions.assertThat(received).isEmpty();
        answer.tryEmitValue(Fetched.found("a"));
        org.assertj.core.api.Assertions.assertThat(received).hasSize(20).containsOnly(Fetched.found("a"));
        org.assertj.core.api.Assertions.assertThat(loads).hasValue(1);

        now.addAndGet(Duration.ofSeconds(11).toNanos());
        StepVerifier.create(cache.get("k", () -> load(Fetched.found("b")))).expectNext(Fetched.found("b")).verifyComplete();
        org.assertj.core.api.Assertions.assertThat(loads).as("a finished fetch is not reused once expired").hasValue(2);
    }

    @Test
    void aSharedFetchThatFailsIsNotKeptForLaterRequests() {
        ReadThroughCacheProbe cache = cache(Duration.ofSeconds(10), Duration.ZERO);
        StepVerifier.create(cache.get("k", () -> load(Fetched.unavailable()))).expectNext(Fetched.unavailable()).verifyComplete();
        StepVerifier.create(cache.get("k", () -> load(Fetched.found("a")))).expectNext(Fetched.found("a")).verifyComplete();
        org.assertj.core.api.Assertions.assertThat(loads).hasValue(2);
    }

    @Test
    void cachesNotFoundAnswersLikeValues() {
        ReadThroughCacheProbe cache = cache(Duration.ofSeconds(10), Duration.ZERO);
        cache.get("k", () -> load(Fetched.notFound())).block();
        StepVerifier.create(cache.get("k", () -> load(Fetched.found("x")))).expectNext(Fetched.notFound()).verifyComplete();
    }

    @Test
    void dropsOneServicesAnswersAndKeepsNoAnswerOfAFetchUnderWayWhenTheyWereDropped() {
        ReadThroughCacheProbe cache = cache(Duration.ofHours(1), Duration.ZERO);
        cache.get("advice:/api/v1/advice/guides/g", () -> load(Fetched.found("guide"))).block();
        cache.get("wage:/api/v1/occupations/15-2051", () -> load(Fetched.found("figures"))).block();
        reactor.core.publisher.Sinks.One<Fetched<String>> slow = reactor.core.publisher.Sinks.one();
        java.util.List<Fetched<String>> waited = new java.util.concurrent.CopyOnWriteArrayList<>();
        cache.get("advice:/api/v1/advice/guides", slow::asMono).subscribe(waited::add);

        cache.evict(com.salaryguide.gateway.downstream.Service.advice);
        slow.tryEmitValue(Fetched.found("list read before the write"));

        org.assertj.core.api.Assertions.assertThat(waited).containsExactly(Fetched.found("list read before the write"));
        StepVerifier.create(cache.get("advice:/api/v1/advice/guides", () -> load(Fetched.found("list"))))
                .expectNext(Fetched.found("list")).verifyComplete();
        StepVerifier.create(cache.get("advice:/api/v1/advice/guides/g", () -> load(Fetched.found("guide v2"))))
                .expectNext(Fetched.found("guide v2")).verifyComplete();
        StepVerifier.create(cache.get("wage:/api/v1/occupations/15-2051", () -> load(Fetched.found("other"))))
                .as("another service's answers stay").expectNext(Fetched.found("figures")).verifyComplete();
    }
}
