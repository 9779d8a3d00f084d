package com.salaryguide.advice.web;

import java.util.List;

import com.salaryguide.problem.InvalidRequestException.FieldProblem;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/** The error answers of the OpenAPI document, as web-support's problem responses write them. */
final class ProblemSchemas {

    private ProblemSchemas() {
    }

    /** An error answer (RFC 9457), as every error of this service is written. */
    @Schema(name = "Problem", description = "An error (RFC 9457 problem details)")
    record Problem(@Schema(requiredMode = RequiredMode.REQUIRED, description = "The problem type", example = "/problems/not-found", format = "uri-reference")
                   String type,
                   @Schema(requiredMode = RequiredMode.REQUIRED, example = "Not Found") String title,
                   @Schema(requiredMode = RequiredMode.REQUIRED, example = "404") int status,
                   @Schema(requiredMode = RequiredMode.REQUIRED, description = "What went wrong, for a person to read",
                           example = "No guide data-engineer.") String detail,
                   @Schema(description = "The request path", format = "uri-reference") String instance) {
    }

    /** A 400: the problem with one entry per bad field. */
    @Schema(name = "ValidationProblem", description = "A request that breaks a rule (RFC 9457 problem details), naming"
            + " each bad field")
    record ValidationProblem(@Schema(requiredMode = RequiredMode.REQUIRED, example = "/problems/validation", format = "uri-reference") String type,
                             @Schema(requiredMode = RequiredMode.REQUIRED, example = "Invalid request") String title,
                             @Schema(requiredMode = RequiredMode.REQUIRED, example = "400") int status,
                             @Schema(requiredMode = RequiredMode.REQUIRED, example = "classifications[0].socCode: must be a SOC code like 15-2051")
                             String detail,
                             @Schema(format = "uri-reference") String instance,
                             @Schema(requiredMode = RequiredMode.REQUIRED, description = "Each bad field: a JSON path into the body"
                                     + " (classifications[0].socCode) or a parameter name, and what is wrong with it")
                             List<FieldProblem> errors) {
    }
}
