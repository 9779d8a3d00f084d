package com.salaryguide.geography.web;

import java.util.List;

import com.salaryguide.problem.ProblemSchemas;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's frame: what the service is, its tags and the bearer token writes need. Reads are public,
 * so the security requirement sits on the write and import operations only.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "geography-service", version = "v1",
                description = "Wages by area (states, territories, metropolitan and nonmetropolitan areas) from BLS"
                        + " OEWS releases and guides' own figures; rankings by wage and by concentration; imports."),
        tags = {
                @Tag(name = ApiDocumentation.AREAS, description = "Areas BLS publishes figures for, looked up by code or"
                        + " name"),
                @Tag(name = ApiDocumentation.AREA_WAGES, description = "An occupation's figures in one or more areas"),
                @Tag(name = ApiDocumentation.RANKINGS, description = "Areas ranked by wage or by how concentrated an"
                        + " occupation is there"),
                @Tag(name = ApiDocumentation.IMPORTS, description = "BLS OEWS state, metropolitan and all-areas files")})
@SecurityScheme(name = ApiDocumentation.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "A JWT with scope salary.write")
public class ApiDocumentation {

    private static final String SCHEMAS = "#/components/schemas/";

    public static final String AREAS = "Areas";
    public static final String AREA_WAGES = "Area wages";
    public static final String RANKINGS = "Rankings";
    public static final String IMPORTS = "Imports";
    public static final String BEARER = "bearerAuth";

    /**
     * Every 4xx/5xx answer is a problem document (the one error handler writes nothing else), so operations only
     * name their error cases and this gives each its media type and the platform's schema (web-support
     * {@link ProblemSchemas}: a 400 names its fields); secured operations get their 401/403, and public ones say
     * explicitly that they need no token.
     */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            ModelConverters.getInstance().readAll(ProblemSchemas.Problem.class)
                    .forEach(openApi.getComponents()::addSchemas);
            ModelConverters.getInstance().readAll(ProblemSchemas.ValidationProblem.class)
                    .forEach(openApi.getComponents()::addSchemas);
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                ApiResponses responses = operation.getResponses();
                boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
                if (secured) {
                    responses.putIfAbsent("401", new ApiResponse().description("No valid bearer token"));
                    responses.putIfAbsent("403", new ApiResponse().description("The token lacks scope salary.write"));
                } else {
                    operation.setSecurity(List.of());
                }
                responses.forEach((status, response) -> {
                    if (status.startsWith("4") || status.startsWith("5")) {
                        String schema = status.equals("400") ? "ValidationProblem" : "Problem";
                        response.setContent(new Content().addMediaType(ProblemSchemas.PROBLEM_JSON,
                                new MediaType().schema(new io.swagger.v3.oas.models.media.Schema<>().$ref(SCHEMAS + schema))));
                    }
                });
            }));
        };
    }
}
