package com.salaryguide.advice;

import java.util.List;

import com.salaryguide.advice.guide.GuideContent;
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
    void servesAndWritesAWholeGuideOnTheEmbeddedDefaultDatabase() {
        GuideContent seed = http.get().uri("/api/v1/advice/guides/machine-learning-engineer").exchange()
                .expectStatus().isOk().expectBody(GuideContent.class).returnResult().getResponseBody();
        // every section's check constraints (role, unit, track) and every table V3 added or rebuilt are on this path
        String copy = """
                {"slug": "h2-copy", "title": "Copy", "year": 2026, "intro": {"text": "i", "sources": [1]},
                 "classifications": [{"socCode": "15-2051", "role": "baseline", "rationale": "r", "sources": []}],
                 "keyTakeaways": [], "specializations": [], "salaryGrowth": [], "faq": [],
                 "experienceLevels": [{"level": "entry", "title": "Entry", "minYears": 0, "maxYears": 2,
                   "baseSalary": {"min": 100000, "max": 130000, "maxAtLeast": null},
                   "phdBaseSalary": {"min": 130000, "max": null, "maxAtLeast": 160000}, "totalCompensation": null,
                   "benchmark": {"socCode": null, "percentiles": {"min": 75, "max": 90, "maxAtLeast": null}},
                   "summary": "s", "sources": []}],
                 "benefits": [{"name": "Conference Budget", "summary": "s",
                   "amount": {"min": 3000, "max": 8000, "maxAtLeast": null}, "unit": "usd-per-event",
                   "percentOfBase": null, "exampleBase": null, "sources": []}],
                 "negotiationSteps": [{"step": 1, "title": "t", "detail": "d", "sources": [],
                   "figures": [{"label": "l", "unit": "usd-per-event", "min": 15, "max": 15, "maxAtLeast": null,
                                "sources": []}]}],
                 "careerProgression": [{"title": "Lead", "track": "management", "baseSalary": null, "summary": "s",
                   "sources": [1]}],
                 "highlights": [{"section": "topStates", "text": "t", "sources": [],
                   "figures": [{"label": "l", "unit": "usd-per-year", "min": 158400, "max": 158400, "maxAtLeast": null,
                                "sources": []}]}],
                 "sources": [{"id": 1, "label": "BLS", "url": null}, {"id": 6, "label": "States", "url": null}],
                 "sectionSources": {"topStates": [6]}}""";
        http.post().uri("/api/v1/advice/guides").header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.writer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(copy).exchange()
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.negotiationSteps[0].figures[0].unit").isEqualTo("usd-per-event")
                .jsonPath("$.benefits[0].unit").isEqualTo("usd-per-event")
                .jsonPath("$.experienceLevels[0].phdBaseSalary.maxAtLeast").isEqualTo(160000)
                .jsonPath("$.experienceLevels[0].benchmark.percentiles.max").isEqualTo(90)
                .jsonPath("$.highlights[0].figures[0].min").isEqualTo(158400)
                .jsonPath("$.careerProgression[0].sources").isEqualTo(List.of(1))
                .jsonPath("$.sectionSources.topStates").isEqualTo(List.of(6))
                .jsonPath("$.intro.sources").isEqualTo(List.of(1));
        // the citations query (a list bound into IN) on H2 too
        http.get().uri("/api/v1/advice/citations?socCode=15-2051").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[*].guide.slug").isEqualTo(List.of("h2-copy", "machine-learning-engineer"));
        org.assertj.core.api.Assertions.assertThat(seed.experienceLevels()).hasSize(4);
        org.assertj.core.api.Assertions.assertThat(seed.highlights()).hasSize(3);
    }
}
