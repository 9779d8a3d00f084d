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
        // every section's check constraints (role, unit, track) are on this path
        String copy = "{\"slug\":\"h2-copy\",\"title\":\"Copy\",\"year\":2026,\"intro\":\"i\","
                + "\"classifications\":[{\"socCode\":\"15-2051\",\"role\":\"baseline\",\"rationale\":\"r\",\"sources\":[1]}],"
                + "\"keyTakeaways\":[],\"experienceLevels\":[],\"specializations\":[],\"benefits\":[],"
                + "\"salaryGrowth\":[],\"faq\":[],\"sources\":[{\"id\":1,\"label\":\"BLS\"}],"
                + "\"negotiationSteps\":[{\"step\":1,\"title\":\"t\",\"detail\":\"d\",\"sources\":[],"
                + "\"figures\":[{\"label\":\"l\",\"unit\":\"percent\",\"min\":15,\"max\":15,\"sources\":[]}]}],"
                + "\"careerProgression\":[{\"title\":\"Lead\",\"track\":\"management\",\"summary\":\"s\"}]}";
        http.post().uri("/api/v1/advice/guides").header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.writer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(copy).exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.negotiationSteps[0].figures[0].unit").isEqualTo("percent");
        // the citations query (a list bound into IN) on H2 too
        http.get().uri("/api/v1/advice/citations?socCode=15-2051").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[*].guide.slug").isEqualTo(List.of("h2-copy", "machine-learning-engineer"));
        org.assertj.core.api.Assertions.assertThat(seed.experienceLevels()).hasSize(4);
    }
}
