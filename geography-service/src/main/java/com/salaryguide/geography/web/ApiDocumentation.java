package com.salaryguide.geography.web;

import java.util.List;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.core.converter.ModelConverters;
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
@Configuration
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

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    public static final String AREAS = "Areas";
    public static final String AREA_WAGES = "Area wages";
    public static final String RANKINGS = "Rankings";
    public static final String IMPORTS = "Imports";
    public static final String BEARER = "bearerAuth";
    public static final String PROBLEM_JSON = "application/problem+json";

    /**
     * Every 4xx/5xx answer is a problem document (the one error handler writes nothing else), so operations only
     * name their error cases and this gives each its media type and schema; secured operations get their 401/403,
     * and public ones say explicitly that they need no token.
     */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            ModelConverters.getInstance().readAll(Problem.class).forEach(openApi.getComponents()::addSchemas);
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
                        response.setContent(new Content().addMediaType(PROBLEM_JSON,
                                new MediaType().schema(new io.swagger.v3.oas.models.media.Schema<>().$ref(PROBLEM_REF))));
                    }
                });
            }));
        };
    }

    /** The body of every error (RFC 9457), as the one error handler writes it; here to be documented. */
    @Schema(name = "Problem", description = "An RFC 9457 problem; errors names each bad field of a validation error.")
    public record Problem(@Schema(example = "/problems/validation") String type,
                          @Schema(example = "Invalid request") String title,
                          @Schema(example = "400") int status,
                          @Schema(example = "limit: must be a whole number between 1 and 100") String detail,
                          @Schema(nullable = true) List<FieldError> errors) {
    }

    @Schema(name = "FieldError")
    public record FieldError(@Schema(example = "limit") String field,
                             @Schema(example = "must be a whole number between 1 and 100") String message) {
    }
}
