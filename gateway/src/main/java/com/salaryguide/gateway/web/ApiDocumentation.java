package com.salaryguide.gateway.web;

import com.salaryguide.problem.ProblemSchemas;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway's OpenAPI document: one document for the whole public API (the gateway's own operations here, the
 * services' merged in by ServiceApiDocs), the bearer-token scheme every write names, the resources as tags, and the
 * problems each of the gateway's own operations can answer. See docs/api-style.md for the vocabulary.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "Salary Guide API", version = "v1", description = ApiDocumentation.DESCRIPTION),
        tags = {
                @Tag(name = "Guides", description = "Whole editorial guides and data guides for any occupation,"
                        + " assembled by the gateway from the three services."),
                @Tag(name = "Offer evaluations", description = "Where an offer stands and what to counter with"
                        + " (computed, nothing stored, open to anonymous clients)."),
                @Tag(name = "Wage comparisons", description = "Occupations side by side across areas.")})
@SecurityScheme(name = ApiDocumentation.BEARER_AUTH, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "A JWT carrying scope salary.write and an expiry (exp), signed with the"
        + " platform's key (HMAC-SHA256, or RS256 from the configured JWK set). Every write needs one; reads do not.")
public class ApiDocumentation {

    public static final String BEARER_AUTH = "bearerAuth";

    static final String DESCRIPTION = """
            All public traffic goes through this gateway. This one document covers every public path: the gateway's \
            own (guides, data guides, offer evaluations, comparisons) and the routed services' (/api/v1/occupations, \
            /api/v1/geography, /api/v1/advice), whose own documents are also served at /api-docs/wage-service, \
            /api-docs/geography-service and /api-docs/advice-service.

            One vocabulary for every answer: every documented key is always present (null when it has no value, [] \
            when empty); annual amounts are whole US dollars and hourly amounts have two decimals; a range is \
            {min, max, maxAtLeast} (max null for an open top, maxAtLeast the printed top of a range written with a \
            plus); each BLS figure comes with a status (reported, top-coded at the release's cap, not-available); \
            citations are ids into the guide's sources list, stated once per section in sectionSources and on the \
            item for a single figure; display text is title (a heading: guide, occupation, level, role, step), name \
            (a place or thing) or label (a figure's caption, a source); dataYear is the year a figure describes \
            (for BLS data, the May estimates of that year).

            Errors are application/problem+json (RFC 9457) with type, title, status and detail; a 400 names every \
            bad field in errors [{field, message}]. 502, 503 and 504 carry Retry-After, and so does 429 (every \
            /api path is rate limited per client). Writes need a bearer JWT with scope salary.write.""";

    /**
     * The problems every one of the gateway's own operations can answer, added to each (before the services'
     * documents are merged in: they list their own).
     */
    public static void addProblemResponses(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        ModelConverters.getInstance().readAll(ProblemSchemas.ValidationProblem.class)
                .forEach(openApi.getComponents()::addSchemas);
        ModelConverters.getInstance().readAll(ProblemSchemas.Problem.class).forEach(openApi.getComponents()::addSchemas);
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
                if (!path.startsWith("/api/v1/")) {
                    return;
                }
                addIfMissing(operation, "400", "The request is malformed (errors names each bad field or parameter).",
                        "ValidationProblem", false);
                if (path.contains("{")) {
                    addIfMissing(operation, "404", "No such resource.", "Problem", false);
                }
                addIfMissing(operation, "429", "This client has used its request budget.", "Problem", true);
                addIfMissing(operation, "503", "A service this answer needs cannot answer now, and without it the"
                        + " answer cannot be given (a section it owns would only be left out).", "Problem", true);
        }));
    }

    static void addIfMissing(Operation operation, String status, String description, String schema,
                             boolean retryAfter) {
        if (operation.getResponses() == null || operation.getResponses().containsKey(status)) {
            return;
        }
        ApiResponse response = new ApiResponse().description(description).content(new Content().addMediaType(
                ProblemSchemas.PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/"
                        + schema))));
        if (retryAfter) {
            response.addHeaderObject("Retry-After", new Header().description("Seconds to wait before retrying")
                    .schema(new IntegerSchema()));
        }
        operation.getResponses().addApiResponse(status, response);
    }
}
