package com.salaryguide.advice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.salaryguide.testsupport.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The OpenAPI document is one a client can be generated from: typed bodies, a JSON success and problem+json errors
 * on every operation, the bearer token on every write and on nothing else, operations grouped by resource with ids,
 * and every key of every schema required (the vocabulary writes them all), null allowed where a value may be null.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class ApiDocumentationTest {

    private static final Set<String> WRITES = Set.of("post", "put", "delete", "patch");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @Autowired
    WebTestClient http;
    @Autowired
    ObjectMapper json;

    JsonNode doc;

    @BeforeEach
    void readTheDocument() {
        // the document is built on its first request, which on a busy machine can take more than the default 5 s
        doc = json.readTree(http.mutate().responseTimeout(Duration.ofSeconds(60)).build()
                .get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody());
    }

    @Test
    void declaresTheBearerJwtSchemeAndRequiresItOnEveryWriteOnly() {
        assertThat(doc.at("/components/securitySchemes/bearerAuth/type").asString()).isEqualTo("http");
        assertThat(doc.at("/components/securitySchemes/bearerAuth/scheme").asString()).isEqualTo("bearer");
        assertThat(doc.at("/components/securitySchemes/bearerAuth/bearerFormat").asString()).isEqualTo("JWT");
        assertThat(doc.has("security")).isFalse();
        operations().forEach((name, op) -> {
            if (WRITES.contains(name.split(" ")[0])) {
                assertThat(op.get("security").toString()).as(name).isEqualTo("[{\"bearerAuth\":[]}]");
                assertThat(op.at("/responses/401/content").propertyNames()).as(name)
                        .containsExactly("application/problem+json");
                assertThat(op.at("/responses/403/content").propertyNames()).as(name)
                        .containsExactly("application/problem+json");
            } else {
                assertThat(op.get("security").toString()).as(name).isEqualTo("[]");
            }
        });
    }

    @Test
    void givesEveryOperationAnIdAResourceTagAJsonSuccessAndProblemErrors() {
        Set<String> ids = new HashSet<>();
        operations().forEach((name, op) -> {
            assertThat(ids.add(op.path("operationId").asString())).as(name + " has a unique operationId").isTrue();
            assertThat(op.get("tags").toString()).as(name)
                    .isIn("[\"Advice guides\"]", "[\"Guide sections\"]", "[\"Citations\"]");
            op.get("responses").properties().forEach(response -> {
                String code = response.getKey();
                JsonNode content = response.getValue().path("content");
                if (code.equals("204")) {
                    assertThat(content.isMissingNode()).as(name + " " + code).isTrue();
                } else {
                    assertThat(content.propertyNames()).as(name + " " + code).containsExactly(
                            code.startsWith("2") ? "application/json" : "application/problem+json");
                }
            });
        });
        assertThat(ids).contains("listAdviceGuides", "getAdviceGuide", "createAdviceGuide", "replaceAdviceGuide",
                "deleteAdviceGuide", "getAdviceGuideHighlights", "getAdviceGuideSectionSources", "listGuideCitations");
    }

    @Test
    void documentsEachWritesBodyAndItsFourHundredAnswers() {
        JsonNode create = doc.at("/paths/~1api~1v1~1advice~1guides/post");
        assertThat(create.at("/requestBody/content/application~1json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/AdviceGuideDraft");
        assertThat(create.at("/responses/201/content/application~1json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/AdviceGuide");
        assertThat(create.get("responses").propertyNames())
                .containsExactly("201", "400", "401", "403", "409", "413", "415");
        assertThat(create.at("/responses/400/content/application~1problem+json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/ValidationProblem");
        assertThat(doc.at("/paths/~1api~1v1~1advice~1guides~1{slug}/put/responses").propertyNames())
                .containsExactly("200", "400", "401", "403", "404", "409", "413", "415");
        JsonNode delete = doc.at("/paths/~1api~1v1~1advice~1guides~1{slug}/delete");
        assertThat(delete.get("responses").propertyNames()).containsExactly("204", "400", "401", "403", "404", "409");
        JsonNode version = delete.get("parameters").get(1);
        assertThat(version.path("name").asString()).isEqualTo("version");
        assertThat(version.path("required").asBoolean()).isTrue();
        assertThat(version.at("/schema/type").asString()).isEqualTo("integer");
        assertThat(doc.at("/components/schemas/ValidationProblem/required").toString()).contains("\"errors\"");
    }

    @Test
    void requiresEveryKeyAndAllowsNullWhereAValueMayBeMissing() {
        doc.at("/components/schemas").properties().forEach(schema -> {
            if (!Set.of("Problem", "ValidationProblem").contains(schema.getKey())) {
                List<String> required = new ArrayList<>();
                schema.getValue().path("required").forEach(r -> required.add(r.asString()));
                assertThat(required).as(schema.getKey())
                        .containsExactlyInAnyOrderElementsOf(schema.getValue().path("properties").propertyNames());
            }
        });
        JsonNode level = doc.at("/components/schemas/ExperienceLevel/properties");
        assertThat(level.at("/baseSalary/oneOf").toString())
                .isEqualTo("[{\"$ref\":\"#/components/schemas/Range\"},{\"type\":\"null\"}]");
        assertThat(level.at("/maxYears/type").toString()).isEqualTo("[\"integer\",\"null\"]");
        assertThat(level.at("/minYears/type").asString()).isEqualTo("integer");
        assertThat(doc.at("/components/schemas/Benefit/properties/unit/enum").toString())
                .isEqualTo("[\"usd-per-year\",\"usd\",\"usd-per-event\",\"percent\",null]");
        assertThat(doc.at("/components/schemas/Range/properties/maxAtLeast/type").toString())
                .isEqualTo("[\"integer\",\"null\"]");
        assertThat(doc.at("/components/schemas/AdviceGuide/example/sectionSources/topStates").toString())
                .isEqualTo("[6]");
    }

    /** Every operation of the document by "method path". */
    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new java.util.LinkedHashMap<>();
        doc.get("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(op -> operations.put(op.getKey() + " " + path.getKey(), op.getValue())));
        assertThat(operations).hasSize(18);
        return operations;
    }
}
