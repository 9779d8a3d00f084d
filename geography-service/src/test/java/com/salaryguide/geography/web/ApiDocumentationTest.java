package com.salaryguide.geography.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
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
    void requiresTheBearerSchemeOnWritesAndImportsOnlyAndGroupsOperationsByResource() {
        JsonNode doc = document();
        List<String> operationIds = OpenApiConventions.check(doc, Set.of("Areas", "Area wages", "Rankings",
                "Imports"));
        assertThat(operationIds).containsExactlyInAnyOrder("getArea", "getState", "getMetro", "saveMetro",
                "listAreaFigures", "saveStateFigures", "deleteStateFigures", "saveMetroFigures", "deleteMetroFigures",
                "rankStates", "rankMetros", "rankAreasByConcentration", "importAreaFile");
        // one path per resource: reading and writing a metro name it the same way
        assertThat(doc.get("paths").propertyNames()).contains("/api/v1/geography/metros/{codeOrName}")
                .noneMatch(p -> p.contains("{cbsaCode}") || p.contains("{kind}"));
    }

    @Test
    void documentsTheImportBodiesAsFilesAndTheListParametersAsRequired() {
        JsonNode doc = document();
        JsonNode body = doc.at("/paths/~1api~1v1~1geography~1imports/post/requestBody/content");
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        for (JsonNode file : body) {
            assertThat(file.at("/schema/format").asString()).isEqualTo("binary");
        }
        assertThat(doc.at("/components/schemas").propertyNames()).doesNotContain("DataBuffer", "MediaType")
                .contains("AreaFigures", "AreaFiguresList", "WageRanking", "ConcentrationRanking", "Area");
        for (JsonNode parameter : doc.at("/paths/~1api~1v1~1geography~1wages/get/parameters")) {
            assertThat(parameter.get("required").asBoolean()).as(parameter.get("name").asString()).isTrue();
        }
        JsonNode limit = doc.at("/paths/~1api~1v1~1geography~1states/get/parameters/1");
        assertThat(limit.get("name").asString()).isEqualTo("limit");
        assertThat(limit.at("/schema/type").asString()).isEqualTo("integer");
        assertThat(doc.at("/components/schemas/AreaFigures/properties/hourlyMeanWage/type").toString())
                .isEqualTo("[\"number\",\"null\"]");
    }
}
