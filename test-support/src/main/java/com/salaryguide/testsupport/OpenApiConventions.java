package com.salaryguide.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The rules every service's OpenAPI document keeps, checked on the served document: the bearer-JWT scheme; each
 * operation with an operationId and one of the service's resource tags; no security on reads and the bearer scheme
 * on everything else; a 400 on each, and 401/403 on every write; problems (4xx, 5xx) as application/problem+json
 * with the platform's Problem or ValidationProblem schema, other answers as application/json.
 */
public final class OpenApiConventions {

    private OpenApiConventions() {
    }

    /** Asserts the rules and answers the operationIds, for the caller's own checks. */
    public static List<String> check(JsonNode doc, Set<String> tags) {
        assertThat(doc.at("/components/securitySchemes/bearerAuth/type").asString()).isEqualTo("http");
        assertThat(doc.at("/components/securitySchemes/bearerAuth/scheme").asString()).isEqualTo("bearer");
        assertThat(doc.at("/components/securitySchemes/bearerAuth/bearerFormat").asString()).isEqualTo("JWT");
        List<String> operationIds = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                JsonNode operation = method.getValue();
                String where = method.getKey() + " " + path.getKey();
                boolean read = method.getKey().equals("get");
                operationIds.add(operation.path("operationId").asString());
                assertThat(operation.path("operationId").asString()).as(where).isNotEmpty();
                assertThat(operation.get("tags")).as(where).hasSize(1);
                assertThat(operation.get("tags").get(0).asString()).as(where).isIn(tags);
                assertThat(operation.get("security").toString()).as(where)
                        .isEqualTo(read ? "[]" : "[{\"bearerAuth\":[]}]");
                Collection<String> statuses = operation.get("responses").propertyNames();
                if (!read) {
                    assertThat(statuses).as(where).contains("400", "401", "403");
                }
                for (String status : statuses) {
                    JsonNode content = operation.at("/responses/" + status + "/content");
                    if (status.startsWith("4") || status.startsWith("5")) {
                        assertThat(content.propertyNames()).as(where + " " + status)
                                .containsExactly("application/problem+json");
                        assertThat(content.at("/application~1problem+json/schema/$ref").asString()).as(where + " "
                                + status).isIn("#/components/schemas/ValidationProblem",
                                "#/components/schemas/Problem", "#/components/schemas/CitedOccupationsProblem");
                    } else if (!status.equals("204")) {
                        assertThat(content.propertyNames()).as(where + " " + status)
                                .containsExactly("application/json");
                    }
                }
            }
        }
        return operationIds;
    }
}
