package com.salaryguide.geography;

import com.salaryguide.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** With no database configured the service runs, reads and writes on embedded H2 migrated by the same scripts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "salaryguide.jwt-secret=" + TestTokens.SECRET)
@AutoConfigureWebTestClient
class EmbeddedDatabaseDefaultTest {

    @Autowired
    WebTestClient http;

    @Test
    void servesAndWritesOnTheEmbeddedDefaultDatabase() {
        http.get().uri("/api/v1/geography/metros/41940?occupation=machine-learning-engineer").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.annualMeanWage").isEqualTo(178200);
        // goes through the area_type check constraint V5 rebuilt, and V5's state of each seeded metro
        http.get().uri("/api/v1/geography/areas/{name}", "Washington-Arlington-Alexandria, DC-VA-MD").exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        {"code":"47900","areaType":"metro","name":"Washington-Arlington-Alexandria, DC-VA-MD","state":"DC"}""",
                        org.springframework.test.json.JsonCompareMode.STRICT);
        http.get().uri("/api/v1/geography/areas/GU").exchange()
                .expectBody().jsonPath("$.areaType").isEqualTo("territory");
        http.put().uri("/api/v1/geography/metros/10420").header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.writer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\":\"Akron, OH\"}").exchange()
                .expectStatus().isCreated();
    }

    @Test
    void storesHourlyFiguresWrittenInExponentFormOnTheEmbeddedDefaultDatabase() {
        // JSON's 1E+2 has a negative scale, which H2 refused to bind: a 500 before figures were stored as cents
        http.put().uri("/api/v1/geography/states/OH/wages/exponent-test").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.writer())
                .bodyValue("{\"dataYear\":2026,\"hourlyMeanWage\":1E+2,\"percentiles\":[{\"percentile\":50,\"hourly\":5E+1}]}")
                .exchange()
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.hourlyMeanWage").isEqualTo(100.0)
                .jsonPath("$.percentiles[2].hourly").isEqualTo(50.0);
    }

    @Test
    void importsAReleaseOnTheEmbeddedDefaultDatabase() {
        http.mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build().post()
                .uri("/api/v1/geography/imports?year=2024").contentType(MediaType.parseMediaType("text/csv"))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.writer())
                .bodyValue(com.salaryguide.geography.release.SmallRelease.csv()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.figureRows").isEqualTo(11).jsonPath("$.areasRenamed").isEqualTo(1);
        http.get().uri("/api/v1/geography/areas?occupation=15-1252&limit=1").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[0].code").isEqualTo("12420").jsonPath("$.totalRanked").isEqualTo(7);
        http.get().uri("/api/v1/geography/wages?occupation=15-1252,machine-learning-engineer&area=CA").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[*].dataYear").isEqualTo(java.util.List.of(2024, 2026));
    }
}
