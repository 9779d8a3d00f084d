package com.salaryguide.gateway.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import com.salaryguide.gateway.support.StubService;
import com.salaryguide.gateway.support.StubbedServices;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Whole-guide aggregation against the three services stubbed over real HTTP, including slow and failing ones. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class GuideAggregationTest {

    private static final String GUIDE = "/api/v1/guides/machine-learning-engineer";

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        StubbedServices.register(registry);
    }

    @Autowired
    WebTestClient http;

    @Autowired
    GuideDocuments documents;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Autowired
    CircuitBreakerRegistry breakers;

    @AfterEach
    void restore() {
        StubbedServices.allUp();
        documents.forget();
    }

    @Test
    void assemblesTheWholeGuideInTheContractShape() {
        http.get().uri(GUIDE).exchange()
                .expectStatus().isOk()
                .expectBody()
                .json("""
                        {"slug":"machine-learning-engineer","title":"Machine Learning Engineer Salary Guide","year":2026,
                         "classifications":[
                          {"socCode":"15-2051","title":"Data Scientists","role":"baseline","dataYear":2024,"sources":[3],
                           "percentiles":[
                            {"percentile":10,"annual":63650,"hourly":30.60,"annualStatus":"reported","hourlyStatus":"reported"},
                            {"percentile":25,"annual":82630,"hourly":39.73,"annualStatus":"reported","hourlyStatus":"reported"},
                            {"percentile":50,"annual":112590,"hourly":54.13,"annualStatus":"reported","hourlyStatus":"reported"},
                            {"percentile":75,"annual":155810,"hourly":74.91,"annualStatus":"reported","hourlyStatus":"reported"},
                            {"percentile":90,"annual":194410,"hourly":93.47,"annualStatus":"reported","hourlyStatus":"reported"}],
                           "projectedGrowth":{"percent":34,"fromYear":2024,"toYear":2034,"sources":[2]}},
                          {"socCode":"15-1252","title":"Software Developers","role":"upper-bound","dataYear":2024,"sources":[5],
                           "percentiles":[
                            {"percentile":10,"annual":79850,"hourly":38.39},{"percentile":25,"annual":103050,"hourly":49.55},
                            {"percentile":50,"annual":133080,"hourly":63.98},{"percentile":75,"annual":169000,"hourly":81.25},
                            {"percentile":90,"annual":211450,"hourly":101.66}],
                           "projectedGrowth":null}],
                         "topStates":[
                          {"rank":1,"code":"CA","name":"California","annualMeanWage":158400,"sources":[]},
                          {"rank":2,"code":"WA","name":"Washington","annualMeanWage":154200,"sources":[]},
                          {"rank":3,"code":"NY","name":"New York","annualMeanWage":146800,"sources":[]},
                          {"rank":4,"code":"MA","name":"Massachusetts","annualMeanWage":142400,"sources":[]},
                          {"rank":5,"code":"NJ","name":"New Jersey","annualMeanWage":138600,"sources":[]},
                          {"rank":6,"code":"VA","name":"Virginia","annualMeanWage":134200,"sources":[]},
                          {"rank":7,"code":"MD","name":"Maryland","annualMeanWage":131800,"sources":[]},
                          {"rank":8,"code":"CO","name":"Colorado","annualMeanWage":128400,"sources":[]},
                          {"rank":9,"code":"TX","name":"Texas","annualMeanWage":124600,"sources":[]},
                          {"rank":10,"code":"IL","name":"Illinois","annualMeanWage":122200,"sources":[]}],
                         "topMetros":[
                          {"rank":1,"code":"41940","name":"San Jose-Sunnyvale-Santa Clara, CA","annualMeanWage":178200,"sources":[]},
                          {"rank":2,"name":"San Francisco-Oakland-Berkeley, CA","annualMeanWage":172400},
                          {"rank":3,"name":"Seattle-Tacoma-Bellevue, WA","annualMeanWage":164800},
                          {"rank":4,"name":"New York-Newark-Jersey City, NY-NJ-PA","annualMeanWage":155200},
                          {"rank":5,"name":"Boston-Cambridge-Nashua, MA-NH","annualMeanWage":148600},
                          {"rank":6,"name":"Washington-Arlington-Alexandria, DC-VA-MD","annualMeanWage":142400},
                          {"rank":7,"name":"Austin-Round Rock-Georgetown, TX","annualMeanWage":136800},
                          {"rank":8,"name":"Pittsburgh, PA","annualMeanWage":132200},
                          {"rank":9,"name":"Denver-Aurora-Lakewood, CO","annualMeanWage":130400},
                          {"rank":10,"name":"Raleigh-Cary, NC","annualMeanWage":126800}],
                         "sectionSources":{"classifications":[1,4],"experienceLevels":[2,11],"topStates":[6],"topMetros":[6],
                           "specializations":[2,11],"benefits":[11],"negotiationSteps":[2],"careerProgression":[2,11],
                           "salaryGrowth":[2,11]},
                         "unavailableSections":[],
                         "dataGaps":[]}""")
                .jsonPath("$.intro.sources").isEqualTo(List.of(1, 9))
                .jsonPath("$.classifications[0].rationale").value(r -> assertThat((String) r).isNotBlank())
                .jsonPath("$.keyTakeaways[0].text").value(t -> assertThat((String) t).contains("$112,590"))
                .jsonPath("$.keyTakeaways[0].sources").isEqualTo(List.of(1))
                .jsonPath("$.experienceLevels[0].baseSalary.min").isEqualTo(100000)
                .jsonPath("$.experienceLevels[0].benchmark.percentiles.min").isEqualTo(50)
                .jsonPath("$.experienceLevels[3].totalCompensation.maxAtLeast").isEqualTo(1000000)
                .jsonPath("$.highlights[1].figures[1].min").isEqualTo(400000)
                .jsonPath("$.negotiationSteps.length()").isEqualTo(7)
                .jsonPath("$.faq.length()").isEqualTo(6)
                .jsonPath("$.sources.length()").isEqualTo(8);
    }

    @Test
    void aCompleteGuideCarriesAnEtagAndARevalidationWithItAnswersNotModified() {
        String etag = http.get().uri(GUIDE).exchange()
                .expectStatus().isOk()
                .expectHeader().valueMatches("ETag", "\"[A-Za-z0-9_-]{22}\"")
                .expectHeader().cacheControl(org.springframework.http.CacheControl.noCache())
                .returnResult(String.class).getResponseHeaders().getETag();
        http.get().uri(GUIDE).ifNoneMatch(etag).exchange()
                .expectStatus().isNotModified()
                .expectBody().isEmpty();
        http.get().uri(GUIDE).ifNoneMatch("\"something-else\"").exchange()
                .expectStatus().isOk();
    }

    @Test
    void aDegradedGuideIsNeitherTaggedNorKeptAndTheNextRequestTriesAgain() {
        double degradedBefore = degradedGuides();
        StubbedServices.WAGE.mode(StubService.Mode.FAILING);
        http.get().uri(GUIDE).exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist("ETag")
                .expectHeader().cacheControl(org.springframework.http.CacheControl.noStore())
                .expectBody().jsonPath("$.unavailableSections").isEqualTo(List.of("classifications"));
        assertThat(degradedGuides()).as("counted as degraded").isEqualTo(degradedBefore + 1);
        StubbedServices.WAGE.mode(StubService.Mode.UP);
        http.get().uri(GUIDE).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.unavailableSections").isEqualTo(List.of());
        assertThat(degradedGuides()).isEqualTo(degradedBefore + 1);
    }

    private double degradedGuides() {
        return meters.get("salaryguide.degraded.answers").tag("endpoint", "guide").counter().count();
    }

    @Test
    void aFailingAdviceServiceCostsOnlyItsSections() {
        StubbedServices.ADVICE.mode(StubService.Mode.FAILING);
        http.get().uri(GUIDE).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.unavailableSections").isEqualTo(List.of("intro", "keyTakeaways", "classifications",
                        "experienceLevels", "specializations", "benefits", "negotiationSteps", "careerProgression",
                        "salaryGrowth", "highlights", "faq", "sources"))
                .jsonPath("$.topStates[0].annualMeanWage").isEqualTo(158400)
                .jsonPath("$.topMetros[9].annualMeanWage").isEqualTo(126800)
                .jsonPath("$.experienceLevels").isEmpty()
                .jsonPath("$.faq").isEmpty();
    }

    @Test
    void aHungGeographyServiceCostsOnlyTheAreaSectionsAndTheAnswerComesAtTheDeadline() {
        StubbedServices.GEOGRAPHY.mode(StubService.Mode.SLOW);
        long started = System.nanoTime();
        http.get().uri(GUIDE).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.unavailableSections").isEqualTo(List.of("topStates", "topMetros"))
                .jsonPath("$.topStates").isEmpty()
                .jsonPath("$.classifications[0].percentiles[2].annual").isEqualTo(112590);
        // the stub answers after 10 s; the answer timeout (2 s) is what bounds the response
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void slowButHealthyServicesShareTheDeadlineAndCostNothing() {
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        // each answers in 400 ms, beyond the 350 ms per-call timeout that used to report them down; advice then
        // wage run in sequence, so the guide takes about 800 ms of its 2 s budget
        StubbedServices.ADVICE.slowBy(Duration.ofMillis(400));
        StubbedServices.WAGE.slowBy(Duration.ofMillis(400));
        StubbedServices.GEOGRAPHY.slowBy(Duration.ofMillis(400));
        for (int i = 0; i < 3; i++) {
            documents.forget();
            http.get().uri(GUIDE).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.unavailableSections").isEmpty()
                    .jsonPath("$.classifications[1].percentiles[4].annual").isEqualTo(211450)
                    .jsonPath("$.topMetros[0].annualMeanWage").isEqualTo(178200);
        }
        assertThat(breakers.getAllCircuitBreakers()).allSatisfy(breaker -> {
            assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
            assertThat(breaker.getMetrics().getNumberOfSlowCalls()).isZero();
            assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
        });
    }

    @Test
    void saysSoWhenACitedClassificationHasNoFigures() {
        StubbedServices.WAGE.serveJson("/api/v1/occupations/15-2051",
                "{\"socCode\":\"15-2051\",\"title\":\"Data Scientists\",\"dataYear\":null,\"percentiles\":[],"
                        + "\"sources\":[],\"version\":0,\"figuresVersion\":null}");
        try {
            http.get().uri(GUIDE).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.unavailableSections").isEmpty()
                    .jsonPath("$.classifications[0].percentiles").isEmpty()
                    .jsonPath("$.dataGaps.length()").isEqualTo(1)
                    .jsonPath("$.dataGaps[0].section").isEqualTo("classifications")
                    .jsonPath("$.dataGaps[0].item").isEqualTo("15-2051")
                    .jsonPath("$.dataGaps[0].detail").isEqualTo("No national wage figures are published for 15-2051"
                            + " (Data Scientists); its percentiles are missing.");
        } finally {
            StubbedServices.WAGE.serve("/api/v1/occupations/15-2051", "wage-15-2051.json");
        }
    }

    @Test
    void aFailingWageServiceKeepsClassificationRolesButNamesTheSection() {
        StubbedServices.WAGE.mode(StubService.Mode.FAILING);
        http.get().uri(GUIDE).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.unavailableSections").isEqualTo(List.of("classifications"))
                .jsonPath("$.classifications[0].role").isEqualTo("baseline")
                .jsonPath("$.classifications[0].percentiles").isEmpty()
                .jsonPath("$.experienceLevels.length()").isEqualTo(4);
    }

    @Test
    void answersServiceUnavailableWhenNoServiceCanSayAnything() {
        StubbedServices.ADVICE.mode(StubService.Mode.FAILING);
        StubbedServices.GEOGRAPHY.mode(StubService.Mode.FAILING);
        http.get().uri(GUIDE).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void answersUnknownGuideWithNotFoundAndBadSlugWithBadRequest() {
        http.get().uri("/api/v1/guides/data-engineer").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("No guide data-engineer.");
        http.get().uri("/api/v1/guides/{slug}", "Bad_Slug").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("slug");
    }

    @Test
    void returnsTheTraceIdAndPassesItToTheServices() {
        // a guide assembled for this request (a kept one is answered without calling the services)
        documents.forget();
        String traceId = http.get().uri(GUIDE).exchange()
                .expectStatus().isOk()
                .expectHeader().valueMatches("X-Trace-Id", "[0-9a-f]{32}")
                .returnResult(String.class).getResponseHeaders().getFirst("X-Trace-Id");
        // other requests (background fetches of the services' API documents) reach the stubs too
        assertThat(StubbedServices.ADVICE.traceparents()).anySatisfy(t -> assertThat(t).startsWith("00-" + traceId + "-"));
        http.get().uri("/api/v1/occupations/15-2051").exchange()
                .expectHeader().valueMatches("X-Trace-Id", "[0-9a-f]{32}");
        assertThat(StubbedServices.WAGE.traceparents().get(0)).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }

    @Test
    void allowsConfiguredBrowserOriginsOnly() {
        http.options().uri(GUIDE).header("Origin", "https://app.example.com")
                .header("Access-Control-Request-Method", "GET").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "https://app.example.com");
        http.options().uri(GUIDE).header("Origin", "https://evil.example.net")
                .header("Access-Control-Request-Method", "GET").exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void servesOneOpenApiDocumentWithTheGatewaysAndTheServicesPaths() throws Exception {
        // the first document is generated on a cold JVM, seconds on a busy machine: more than the client's 5 s default
        WebTestClient slowDocs = http.mutate().responseTimeout(java.time.Duration.ofSeconds(30)).build();
        for (int attempt = 0; attempt < 50; attempt++) {
            String doc = slowDocs.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody();
            if (doc.contains("/api/v1/occupations/{socCode}")) {
                assertThat(doc).contains("/api/v1/guides/{slug}/offer-evaluations").contains("OccupationDetail");
                return;
            }
            Thread.sleep(100); // the services' documents are fetched in the background after start-up
        }
        throw new AssertionError("wage-service paths never appeared in /v3/api-docs");
    }

    @Test
    void listsGuides() {
        http.get().uri("/api/v1/guides").exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        [{"slug":"machine-learning-engineer","title":"Machine Learning Engineer Salary Guide","year":2026}]""",
                        true);
    }

    @Test
    void routesServiceApisUnchanged() {
        http.get().uri("/api/v1/occupations/15-2051").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.percentiles[0].hourly").isEqualTo(30.60);
        http.get().uri("/api/v1/geography/areas/CA").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.name").isEqualTo("California");
        http.get().uri("/api/v1/advice/guides").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[0].slug").isEqualTo("machine-learning-engineer");
    }
}
