package com.salaryguide.gateway.support;

import org.springframework.test.context.DynamicPropertyRegistry;

/** The three services as stubs serving the machine-learning-engineer guide, shared by the gateway's tests. */
public final class StubbedServices {

    public static final StubService WAGE = new StubService()
            .serve("/api/v1/occupations/15-2051", "wage-15-2051.json")
            .serve("/api/v1/occupations/15-1252", "wage-15-1252.json")
            .serve("/api/v1/occupations/15-1252/wages", "history-15-1252.json")
            .serve("/v3/api-docs", "wage-api-docs.json");
    /** The guide's own figures, as the gateway asks for them with the guide's classifications. */
    private static final String GUIDE_FIGURES = "/api/v1/geography/wages?occupation="
            + "machine-learning-engineer%2C15-2051%2C15-1252&area=";
    public static final StubService GEOGRAPHY = new StubService()
            .serve("/api/v1/geography/states?occupation=machine-learning-engineer&limit=10&sort=annualMeanWage",
                    "states.json")
            .serve("/api/v1/geography/metros?occupation=machine-learning-engineer&limit=10&sort=annualMeanWage",
                    "metros.json")
            .serve("/api/v1/geography/areas/CA", "area-CA.json")
            .serve("/api/v1/geography/areas/41940", "area-41940.json")
            .serve(GUIDE_FIGURES + "CA", "figures-guide-CA.json")
            .serve(GUIDE_FIGURES + "41940", "figures-guide-41940.json")
            // software developers (15-1252) as a data guide, in Austin and Texas
            .serve(ranking("states", "15-1252", "annualMeanWage"), "ranking-15-1252-states-mean.json")
            .serve(ranking("states", "15-1252", "annualMedianWage"), "ranking-15-1252-states-median.json")
            .serve(ranking("metros", "15-1252", "annualMeanWage"), "ranking-15-1252-metros-mean.json")
            .serve(ranking("metros", "15-1252", "annualMedianWage"), "ranking-15-1252-metros-median.json")
            .serve("/api/v1/geography/areas?occupation=15-1252&sort=locationQuotient&limit=10",
                    "concentration-15-1252.json")
            .serve("/api/v1/geography/areas/12420", "area-12420.json")
            .serve("/api/v1/geography/areas/Austin-Round%20Rock-San%20Marcos%2C%20TX", "area-12420.json")
            .serve("/api/v1/geography/areas/TX", "area-TX.json")
            .serve("/api/v1/geography/areas/GU", "area-GU.json")
            .serve("/api/v1/geography/wages?occupation=15-1252&area=12420", "figures-15-1252-12420.json")
            .serve("/api/v1/geography/wages?occupation=15-1252%2C15-2051&area=TX%2C12420", "figures-compare.json")
            .serveJson("/api/v1/geography/wages?occupation=15-1252&area=GU", "{\"items\":[]}");
    public static final StubService ADVICE = new StubService()
            .serve("/api/v1/advice/guides", "advice-guides.json")
            .serve("/api/v1/advice/guides/machine-learning-engineer", "advice-guide.json")
            .serve("/api/v1/advice/citations?socCode=15-1252", "citations-15-1252.json");

    private StubbedServices() {
    }

    private static String ranking(String kind, String occupation, String sort) {
        return "/api/v1/geography/" + kind + "?occupation=" + occupation + "&limit=10&sort=" + sort;
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
