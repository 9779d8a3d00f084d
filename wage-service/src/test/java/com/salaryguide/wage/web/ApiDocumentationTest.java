package com.salaryguide.wage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import com.salaryguide.testsupport.OpenApiConventions;
import com.salaryguide.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** What the served OpenAPI document promises a client: who may call what, and what the bodies are. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class ApiDocumentationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @Autowired
    WebTestClient http;

    private JsonNode document() {
        // the document is built on its first request, which takes seconds on a busy machine
        return http.mutate().responseTimeout(Duration.ofSeconds(60)).build().get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    @Test
    void requiresTheBearerSchemeOnEveryWriteAndNothingOnReadsAndGroupsOperationsByResource() {
        JsonNode doc = document();
        assertThat(OpenApiConventions.check(doc, Set.of("Occupations", "National wages", "Imports"))).hasSize(10);
        // an import that would remove cited figures is a conflict of its own kind
        assertThat(doc.at("/paths/~1api~1v1~1occupations~1imports/post/responses").propertyNames())
                .contains("409");
    }

    @Test
    void documentsTheImportBodyAsABinaryFileAndTheSalaryToRankAsARequiredInteger() {
        JsonNode doc = document();
        JsonNode body = doc.at("/paths/~1api~1v1~1occupations~1imports/post/requestBody/content");
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        for (JsonNode file : body) {
            assertThat(file.get("schema").toString()).isEqualTo("{\"type\":\"string\",\"format\":\"binary\"}");
        }
        assertThat(doc.at("/components/schemas").propertyNames()).doesNotContain("DataBuffer", "MediaType");
        JsonNode annual = doc.at("/paths/~1api~1v1~1occupations~1{socCode}~1percentile-rank/get/parameters/1");
        assertThat(annual.get("name").asString()).isEqualTo("annual");
        assertThat(annual.get("required").asBoolean()).isTrue();
        assertThat(annual.at("/schema/type").asString()).isEqualTo("integer");
    }
}
