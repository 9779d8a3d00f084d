package com.salaryguide.geography.area;

import java.time.Duration;

import com.salaryguide.testsupport.TestPostgres;
import com.salaryguide.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** Authenticated area writes, on an occupation of its own so the seed stays as other tests expect it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class AreaWriteApiTest {

    private static final String OHIO = "/api/v1/geography/states/OH/wages/test-guide";

    @DynamicPropertySource
    static void configure(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
        registry.add("salaryguide.jwt-secret", () -> TestTokens.SECRET);
    }

    @Autowired
    WebTestClient http;

    @AfterEach
    void removeWhatThisTestWrote() throws Exception {
        try (var connection = TestPostgres.connect(); var st = connection.createStatement()) {
            st.execute("DELETE FROM area_wage WHERE occupation = 'test-guide'");
            st.execute("DELETE FROM area WHERE code IN ('10420', '10500')");
        }
    }

    private WebTestClient.ResponseSpec put(String path, String json, String token) {
        return http.put().uri(path).contentType(MediaType.APPLICATION_JSON)
                .headers(TestTokens.bearer(token)).bodyValue(json).exchange();
    }

    @Test
    void refusesWritesWithoutAValidWriteToken() {
        String body = "{\"dataYear\":2026,\"annualMeanWage\":120000}";
        put(OHIO, body, null).expectStatus().isUnauthorized();
        put(OHIO, body, TestTokens.expired()).expectStatus().isUnauthorized();
        put(OHIO, body, TestTokens.signedWithAnotherKey()).expectStatus().isUnauthorized();
        put(OHIO, body, TestTokens.withoutWriteScope()).expectStatus().isForbidden();
        http.get().uri("/api/v1/geography/states/OH?occupation=test-guide").exchange().expectStatus().isNotFound();
    }

    @Test
    void createsUpdatesAndDeletesAFigureWithVersions() {
        put(OHIO, """
                {"dataYear":2026,"annualMeanWage":120000,"hourlyMeanWage":57.69,"employment":1200,
                 "percentiles":[{"percentile":50,"annual":115000,"hourly":55.29}],"sourceId":6}""", TestTokens.writer())
                .expectStatus().isCreated()
                .expectBody().json("""
                        {"rank":1,"occupation":"test-guide",
                         "area":{"code":"OH","areaType":"state","name":"Ohio","state":"OH"},"dataYear":2026,
                         "employment":1200,"employmentStatus":"reported","jobsPer1000":null,
                         "jobsPer1000Status":"not-available","locationQuotient":null,"locationQuotientStatus":"not-available",
                         "annualMeanWage":120000,"annualMeanWageStatus":"reported","hourlyMeanWage":57.69,
                         "hourlyMeanWageStatus":"reported",
                         "percentiles":[
                          {"percentile":10,"annual":null,"hourly":null,"annualStatus":"not-available","hourlyStatus":"not-available"},
                          {"percentile":25,"annual":null,"hourly":null,"annualStatus":"not-available","hourlyStatus":"not-available"},
                          {"percentile":50,"annual":115000,"hourly":55.29,"annualStatus":"reported","hourlyStatus":"reported"},
                          {"percentile":75,"annual":null,"hourly":null,"annualStatus":"not-available","hourlyStatus":"not-available"},
                          {"percentile":90,"annual":null,"hourly":null,"annualStatus":"not-available","hourlyStatus":"not-available"}],
                         "sources":[6],"version":0}""", JsonCompareMode.STRICT);
        put(OHIO, "{\"dataYear\":2026,\"annualMeanWage\":121000}", TestTokens.writer())
                .expectStatus().isEqualTo(409);
        put(OHIO, "{\"dataYear\":2026,\"annualMeanWage\":121000,\"version\":0}", TestTokens.writer())
                .expectStatus().isOk()
                .expectBody().jsonPath("$.annualMeanWage").isEqualTo(121000).jsonPath("$.version").isEqualTo(1);
        put(OHIO, "{\"dataYear\":2026,\"annualMeanWage\":1,\"version\":0}", TestTokens.writer())
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri("/api/v1/geography/states/OH?occupation=test-guide").exchange()
                .expectBody().jsonPath("$.annualMeanWage").isEqualTo(121000);
        http.delete().uri(OHIO + "?dataYear=2026&version=1").header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.writer())
                .exchange().expectStatus().isNoContent();
        http.get().uri("/api/v1/geography/states/OH?occupation=test-guide").exchange().expectStatus().isNotFound();
    }

    @Test
    void rejectsBadFiguresNamingEachField() {
        put(OHIO, """
                {"dataYear":1800,"annualMeanWage":-5,"hourlyMeanWage":12.345,
                 "percentiles":[{"percentile":33,"annual":0}]}""", TestTokens.writer())
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[*].field").isEqualTo(java.util.List.of("dataYear", "annualMeanWage",
                        "hourlyMeanWage", "percentiles[0].percentile", "percentiles[0].annual"));
        put(OHIO, "{\"dataYear\":2026,\"annualMean\":5}", TestTokens.writer())
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("annualMean");
        put("/api/v1/geography/states/ZZ/wages/test-guide", "{\"dataYear\":2026,\"annualMeanWage\":1}", TestTokens.writer())
                .expectStatus().isNotFound();
    }

    @Test
    void answersCarelessOrHostileWritesWithAFieldNamingProblemNeverAServerError() {
        for (String path : new String[] {OHIO, "/api/v1/geography/metros/10420"}) {
            for (String missing : new String[] {"null", ""}) {
                put(path, missing, TestTokens.writer())
                        .expectStatus().isBadRequest()
                        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                        .expectBody().json("""
                                {"type":"/problems/validation","status":400,"detail":"body: is required",
                                 "errors":[{"field":"body","message":"is required"}]}""");
            }
        }
        // a fraction for a year or whole dollars is reported, not truncated to another year's figure
        put(OHIO, "{\"dataYear\":2026.9,\"annualMeanWage\":120000}", TestTokens.writer())
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("dataYear");
        put(OHIO, "{\"dataYear\":2026,\"annualMeanWage\":120000.5}", TestTokens.writer())
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("annualMeanWage");
        http.get().uri("/api/v1/geography/states/OH?occupation=test-guide").exchange().expectStatus().isNotFound();
        // 1E+2 is JSON for 100: stored as 100.00 (see EmbeddedDatabaseDefaultTest for the database that refused it)
        put(OHIO, "{\"dataYear\":2026,\"hourlyMeanWage\":1E+2}", TestTokens.writer())
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.hourlyMeanWage").isEqualTo(100.0);
    }

    @Test
    void createsAndRenamesAMetroArea() {
        put("/api/v1/geography/metros/10420", "{\"name\":\"Akron, OH\"}", TestTokens.writer())
                .expectStatus().isCreated()
                .expectBody().json("""
                        {"code":"10420","areaType":"metro","name":"Akron, OH","state":"OH"}""", JsonCompareMode.STRICT);
        // a rename that names no state keeps the one the metro has
        put("/api/v1/geography/metros/10420", "{\"name\":\"Akron, Ohio\"}", TestTokens.writer())
                .expectStatus().isOk()
                .expectBody().json("""
                        {"code":"10420","areaType":"metro","name":"Akron, Ohio","state":"OH"}""", JsonCompareMode.STRICT);
        put("/api/v1/geography/metros/10420", "{\"name\":\"Pittsburgh, PA\"}", TestTokens.writer())
                .expectStatus().isEqualTo(409);
        put("/api/v1/geography/metros/10420/wages/test-guide", "{\"dataYear\":2026,\"annualMeanWage\":99000}",
                TestTokens.writer())
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.area.name").isEqualTo("Akron, Ohio");
    }

    @Test
    void tellsEveryCommittedAreaWriteOnItsChangeStreamAndNothingOfARefusedOne() {
        Flux<String> changes = http.get().uri("/internal/changes").accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() { }).getResponseBody()
                .filter(event -> "change".equals(event.event())).map(ServerSentEvent::data);
        StepVerifier.create(changes)
                .then(() -> put("/api/v1/geography/metros/10420", "{\"name\":\"Akron, OH\"}", TestTokens.writer())
                        .expectStatus().isCreated())
                .expectNext("{\"service\":\"geography-service\",\"kind\":\"area\",\"key\":\"10420\"}")
                .then(() -> {
                    put("/api/v1/geography/metros/10420", "{\"name\":\"Pittsburgh, PA\"}", TestTokens.writer())
                            .expectStatus().isEqualTo(409);
                    put("/api/v1/geography/metros/10420/wages/test-guide", "{\"dataYear\":2026,\"annualMeanWage\":99000}",
                            TestTokens.writer()).expectStatus().isCreated();
                })
                .as("the refused rename tells nothing; the figure does")
                .expectNext("{\"service\":\"geography-service\",\"kind\":\"area-figures\",\"key\":\"10420\"}")
                .thenCancel()
                .verify(Duration.ofSeconds(10));
    }

    @Test
    void needsAStateForANewMetroWhoseNameDoesNotEndWithOne() {
        put("/api/v1/geography/metros/10500", "{\"name\":\"Albany\"}", TestTokens.writer())
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("state");
        put("/api/v1/geography/metros/10500", "{\"name\":\"Albany\",\"state\":\"ga\"}", TestTokens.writer())
                .expectStatus().isCreated()
                .expectBody().json("""
                        {"code":"10500","areaType":"metro","name":"Albany","state":"GA"}""", JsonCompareMode.STRICT);
        put("/api/v1/geography/metros/10500", "{\"name\":\"Albany, GA\",\"state\":\"Georgia\"}", TestTokens.writer())
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("state");
        put("/api/v1/geography/metros/Albany", "{\"name\":\"Albany, GA\"}", TestTokens.writer())
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("codeOrName");
    }

    @Test
    void writesFiguresForATerritoryThroughTheStatePath() {
        put("/api/v1/geography/states/pr/wages/test-guide", "{\"dataYear\":2026,\"annualMeanWage\":61000}",
                TestTokens.writer())
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.area.areaType").isEqualTo("territory").jsonPath("$.rank").isEqualTo(1);
    }
}
