package com.salaryguide.wage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** With no database configured the service runs on embedded H2, migrated and seeded by the same Flyway scripts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class EmbeddedDatabaseDefaultTest {

    @Autowired
    WebTestClient http;

    @Test
    void servesTheSeedOnTheEmbeddedDefaultDatabase() {
        http.get().uri("/api/v1/occupations/15-1252/percentile-rank?annual=150000").exchange()
                .expectStatus().isOk()
                // 50 + 25 * (150000 - 133080) / (169000 - 133080) = 61.775...
                .expectBody().jsonPath("$.percentileRank").isEqualTo(61.8);
        http.get().uri("/api/v1/occupations/15-2051").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.percentiles[4].hourly").isEqualTo(93.47)
                .jsonPath("$.projectedGrowth.percent").isEqualTo(34);
    }
}
