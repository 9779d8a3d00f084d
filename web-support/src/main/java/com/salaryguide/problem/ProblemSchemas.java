package com.salaryguide.problem;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * The shapes of the problems {@link ProblemResponses} writes, as every process's OpenAPI document names them
 * (records for the document only: the handler builds {@code ProblemDetail}s). One definition for the whole
 * platform, so the gateway's merged document has one Problem, not one per service.
 */
public final class ProblemSchemas {

    public static final String PROBLEM_JSON = "application/problem+json";

    private ProblemSchemas() {
    }

    /** An RFC 9457 problem as every error of the platform is written. */
    @Schema(name = "Problem", description = "An RFC 9457 problem (application/problem+json). 502, 503 and 504 carry a"
            + " Retry-After header.")
    public record Problem(
            @Schema(requiredMode = REQUIRED, description = "Problem type, relative to the API's base URL"
                    + " (/problems/validation, /problems/not-found, /problems/conflict, /problems/unavailable), or"
                    + " about:blank.", example = "/problems/not-found") String type,
            @Schema(requiredMode = REQUIRED, example = "Not Found") String title,
            @Schema(requiredMode = REQUIRED, example = "404") int status,
            @Schema(requiredMode = REQUIRED, example = "No occupation 15-9999.") String detail,
            @Schema(description = "The request path.", example = "/api/v1/occupations/15-9999") String instance) {
    }

    /** A 400: each bad field of the request named. */
    @Schema(name = "ValidationProblem", description = "A problem with the request (400): errors names every bad"
            + " field, parameter or row.")
    public record ValidationProblem(
            @Schema(requiredMode = REQUIRED, example = "/problems/validation") String type,
            @Schema(requiredMode = REQUIRED, example = "Invalid request") String title,
            @Schema(requiredMode = REQUIRED, example = "400") int status,
            @Schema(requiredMode = REQUIRED, example = "annualBase: is required") String detail,
            @Schema(example = "/api/v1/offer-evaluations") String instance,
            @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED)) List<FieldError> errors) {
    }

    @Schema(name = "FieldError", description = "One bad field and what is wrong with it.")
    public record FieldError(
            @Schema(requiredMode = REQUIRED, description = "A JSON path into the body (percentiles[2].annual), a"
                    + " parameter name, or a file's row and column (rows[12].A_MEDIAN).", example = "annualBase")
            String field,
            @Schema(requiredMode = REQUIRED, example = "is required") String message) {
    }
}
