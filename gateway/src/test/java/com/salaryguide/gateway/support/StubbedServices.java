package com.salaryguide.gateway.support;

import org.springframework.test.context.DynamicPropertyRegistry;

/** The three services as stubs serving the machine-learning-engineer guide, shared by the gateway's tests. */
public final class StubbedServices {

    public static final StubService WAGE = new StubService()
            .serve("/api/v1/occupations/15-2051", "wage-15-2051.json")
            .serve("/api/v1/occupations/15-1252", "wage-15-1252.json")
            .serve("/api/v1/occupations/15-2051/percentile-rank?annual=150000", "rank-15-2051-150000.json")
            .serve("/api/v1/occupations/15-1252/percentile-rank?annual=150000", "rank-15-1252-150000.json")
            .serve("/v3/api-docs", "wage-api-docs.json");
    public static final StubService GEOGRAPHY = new StubService()
            .serve("/api/v1/geography/states?occupation=machine-learning-engineer&limit=10", "states.json")
            .serve("/api/v1/geography/metros?occupation=machine-learning-engineer&limit=10", "metros.json")
            .serve("/api/v1/geography/states/CA", "state-CA.json")
            .serve("/api/v1/geography/states/CA?occupation=machine-learning-engineer", "state-CA-guide.json");
    public static final StubService ADVICE = new StubService()
            .serve("/api/v1/advice/guides", "advice-guides.json")
            .serve("/api/v1/advice/guides/machine-learning-engineer", "advice-guide.json");

    private StubbedServices() {
    }

    /** Points the gateway at the stubs, with no caching so each request reaches them. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("salaryguide.downstream.wage-url", WAGE::url);
        registry.add("salaryguide.downstream.geography-url", GEOGRAPHY::url);
        registry.add("salaryguide.downstream.advice-url", ADVICE::url);
        registry.add("salaryguide.downstream.cache-ttl", () -> "0s");
        // a guide waits at most 2 s for its services, as in production (the stubs' SLOW mode answers after 10 s)
        registry.add("salaryguide.downstream.answer-timeout", () -> "2s");
        // breakers stay closed in these tests unless a test opens them on purpose
        registry.add("salaryguide.downstream.breaker.minimum-number-of-calls", () -> "1000");
        registry.add("salaryguide.cors.allowed-origins", () -> "https://app.example.com");
        registry.add("salaryguide.warm-up.enabled", () -> "false");
    }

    public static void allUp() {
        WAGE.mode(StubService.Mode.UP);
        GEOGRAPHY.mode(StubService.Mode.UP);
        ADVICE.mode(StubService.Mode.UP);
    }
}
