package com.salaryguide.advice.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * This service's OpenAPI document: what it is, its resource tags, the bearer-JWT scheme and the problem schemas every
 * error answer follows. Which operations need the token is not annotated operation by operation but derived from the
 * rule web-support's security enforces (every method but GET, HEAD and OPTIONS), so the two cannot drift apart.
 */
@Configuration
public class ApiDocumentation {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String PROBLEM = "#/components/schemas/Problem";
    public static final String VALIDATION_PROBLEM = "#/components/schemas/ValidationProblem";
    static final String BEARER = "bearerAuth";
    private static final Set<String> PROBLEMS = Set.of("Problem", "ValidationProblem");
    private static final Set<PathItem.HttpMethod> READS = Set.of(PathItem.HttpMethod.GET, PathItem.HttpMethod.HEAD,
            PathItem.HttpMethod.OPTIONS);

    @Bean
    OpenAPI adviceServiceApi() {
        return new OpenAPI()
                .info(new Info().title("Advice service API").version("v1").description("""
                        Editorial guide content: the classifications a guide reads pay through, experience levels, \
                        specializations, benefits, negotiation, career progression, highlights, FAQ and numbered \
                        sources, and which guides cite which occupations.

                        Every answer follows the platform's one JSON vocabulary: every key of an object is always \
                        present (null where a value does not apply, [] for none); a range is {min, max, maxAtLeast} \
                        with all three keys (an open top "$211,450+" has max null; a printed top followed by "+" has \
                        max null and maxAtLeast the printed top); sources are ids into the guide's sources list, and \
                        a citation of a whole section is stated once, in sectionSources. Errors are \
                        application/problem+json (RFC 9457). Reads are public; writes need a bearer JWT with scope \
                        salary.write."""))
                // relative: the document is right whether read from the service or through the gateway
                .addServersItem(new Server().url("/").description("This service, or the gateway that routes to it"))
                .addTagsItem(new Tag().name("Advice guides").description("Whole guides: list, read, create, replace, delete"))
                .addTagsItem(new Tag().name("Guide sections").description("One section of a guide at a time"))
                .addTagsItem(new Tag().name("Citations").description("Which guides cite which occupations"))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("A JWT with scope salary.write, signed with the platform's key")));
    }

    /** The problem schemas, the write operations' token and the answers every write and every body can get. */
    @Bean
    OpenApiCustomizer problemsAndWriteSecurity() {
        return api -> {
            ModelConverters.getInstance(true).readAll(new AnnotatedType(ProblemSchemas.ValidationProblem.class))
                    .forEach(api.getComponents()::addSchemas);
            ModelConverters.getInstance(true).readAll(new AnnotatedType(ProblemSchemas.Problem.class))
                    .forEach(api.getComponents()::addSchemas);
            api.getPaths().values().forEach(path -> path.readOperationsMap().forEach((method, operation) -> {
                if (READS.contains(method)) {
                    operation.setSecurity(List.of());
                    return;
                }
                operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER, List.of())));
                ApiResponses responses = operation.getResponses();
                responses.addApiResponse("401", problem("No valid bearer token (missing, expired, or not signed with"
                        + " the platform's key)"));
                responses.addApiResponse("403", problem("The token does not carry scope salary.write"));
                if (operation.getRequestBody() != null) {
                    responses.addApiResponse("413", problem("The body is larger than this service accepts"));
                    responses.addApiResponse("415", problem("The body is not application/json"));
                }
                ApiResponses ordered = new ApiResponses();
                new TreeMap<>(responses).forEach(ordered::addApiResponse);
                operation.setResponses(ordered);
            }));
        };
    }

    /**
     * The vocabulary's presence rule in every schema: each key is required, as every answer writes every key (null
     * where a value does not apply), and a key that may be null says so. Problems are the exception: RFC 9457 lets a
     * problem leave out instance.
     */
    @Bean
    @SuppressWarnings("rawtypes")
    OpenApiCustomizer everyKeyPresent() {
        return api -> api.getComponents().getSchemas().forEach((name, schema) -> {
            Map<String, Schema> properties = schema.getProperties();
            if (properties == null) {
                return;
            }
            if (!PROBLEMS.contains(name)) {
                schema.setRequired(new ArrayList<>(properties.keySet()));
            }
            properties.replaceAll((key, property) -> nullable(property));
        });
    }

    /**
     * swagger-core writes a nullable reference as {"type": "null", "$ref": ...}, which no value matches in OpenAPI 3.1
     * (both apply); it becomes "one of the referenced schema or null". A nullable enumeration lists null among its
     * values, or null would not be one.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema nullable(Schema property) {
        Set<String> types = property.getTypes();
        if (types == null || !types.contains("null")) {
            return property;
        }
        if (property.get$ref() != null) {
            return new JsonSchema().description(property.getDescription())
                    .oneOf(List.of(new JsonSchema().$ref(property.get$ref()), new JsonSchema().types(Set.of("null"))));
        }
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            List<Object> values = new ArrayList<>(property.getEnum());
            values.add(null);
            property.setEnum(values);
        }
        return property;
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new JsonSchema().$ref(PROBLEM))));
    }
}
