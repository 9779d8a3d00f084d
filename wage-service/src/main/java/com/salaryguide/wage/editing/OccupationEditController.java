package com.salaryguide.wage.editing;

import java.util.ArrayList;
import java.util.List;

import com.salaryguide.problem.InvalidRequestException.FieldProblem;
import com.salaryguide.problem.QueryParameters;
import com.salaryguide.wage.web.ApiDocumentation;
import com.salaryguide.problem.ProblemSchemas.Problem;
import com.salaryguide.problem.ProblemSchemas.ValidationProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import static com.salaryguide.wage.occupation.OccupationController.validSocCode;
import static com.salaryguide.wage.web.ApiDocumentation.JSON;
import static com.salaryguide.wage.web.ApiDocumentation.PROBLEM;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** HTTP layer for hand edits of occupations and their national figures: parses and validates, nothing more. */
@RestController
@RequestMapping("/api/v1/occupations")
public class OccupationEditController {

    static final int MIN_YEAR = 1997;
    static final int MAX_YEAR = 2100;
    private static final String DATA_YEAR = "Data year: the May reference year of the OEWS release.";

    private final OccupationEditService service;

    public OccupationEditController(OccupationEditService service) {
        this.service = service;
    }

    @PutMapping(path = "/{socCode}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Tag(name = ApiDocumentation.OCCUPATIONS)
    @Operation(operationId = "saveOccupation", summary = "Create or rename an occupation (scope salary.write)",
            description = "Without version the occupation is created (201; 409 if the code exists); with the version"
                    + " read (GET .../{socCode} serves it) it is renamed (200; 409 if it changed since).")
    @SecurityRequirement(name = ApiDocumentation.BEARER_AUTH)
    @ApiResponse(responseCode = "200", description = "Renamed.",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = OccupationView.class)))
    @ApiResponse(responseCode = "201", description = "Created.",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = OccupationView.class)))
    @ApiResponse(responseCode = "400", description = "socCode malformed, title missing or too long, version"
            + " negative, or the body unreadable (errors names each).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ValidationProblem.class)))
    @ApiResponse(responseCode = "401", description = ApiDocumentation.UNAUTHORIZED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = ApiDocumentation.FORBIDDEN,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "A rename of an unknown occupation.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Created again, or renamed with a stale version.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "413", description = ApiDocumentation.TOO_LARGE,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "415", description = ApiDocumentation.UNSUPPORTED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Mono<ResponseEntity<OccupationView>> saveOccupation(
            @PathVariable @Parameter(description = ApiDocumentation.SOC_CODE, example = "15-2011",
                    schema = @Schema(type = "string", pattern = ApiDocumentation.SOC_CODE_PATTERN)) String socCode,
            @RequestBody OccupationDraft body) {
        String soc = validSocCode(socCode);
        List<FieldProblem> errors = new ArrayList<>();
        String title = QueryParameters.text("title", body.title(), 200, errors);
        if (title == null && errors.isEmpty()) {
            errors.add(new FieldProblem("title", "is required"));
        }
        if (body.version() != null && body.version() < 0) {
            errors.add(new FieldProblem("version", "must not be negative"));
        }
        QueryParameters.check(errors);
        return service.saveOccupation(soc, title, body.version()).map(saved -> ResponseEntity
                .status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new OccupationView(saved.socCode(), saved.title(), saved.version())));
    }

    /** What an occupation write answers. */
    @Schema(description = "An occupation as written.")
    public record OccupationView(
            @Schema(requiredMode = REQUIRED, example = "15-2011") String socCode,
            @Schema(requiredMode = REQUIRED, example = "Actuaries") String title,
            @Schema(requiredMode = REQUIRED, description = "The version a later rename or delete sends back.",
                    example = "0") long version) {
    }

    @DeleteMapping("/{socCode}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Tag(name = ApiDocumentation.OCCUPATIONS)
    @Operation(operationId = "deleteOccupation",
            summary = "Delete an occupation with all its figures (scope salary.write)")
    @SecurityRequirement(name = ApiDocumentation.BEARER_AUTH)
    @ApiResponse(responseCode = "204", description = "Deleted.")
    @ApiResponse(responseCode = "400", description = "socCode malformed, or version missing or not a whole number.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ValidationProblem.class)))
    @ApiResponse(responseCode = "401", description = ApiDocumentation.UNAUTHORIZED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = ApiDocumentation.FORBIDDEN,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = ApiDocumentation.UNKNOWN_OCCUPATION,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The occupation changed since it was read (stale version).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Mono<Void> deleteOccupation(
            @PathVariable @Parameter(description = ApiDocumentation.SOC_CODE, example = "15-2011",
                    schema = @Schema(type = "string", pattern = ApiDocumentation.SOC_CODE_PATTERN)) String socCode,
            @RequestParam(required = false) @Parameter(required = true, description = "The version read.",
                    schema = @Schema(type = "integer", format = "int32", minimum = "0")) String version) {
        String soc = validSocCode(socCode);
        return service.deleteOccupation(soc, version(version));
    }

    @GetMapping("/{socCode}/wages/{dataYear}")
    @Tag(name = ApiDocumentation.NATIONAL_WAGES)
    @Operation(operationId = "getNationalWages",
            summary = "One data year's national figures of an occupation, with the version an edit sends back")
    @SecurityRequirements
    @ApiResponse(responseCode = "200", description = "The year's figures.",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = NationalFigures.class)))
    @ApiResponse(responseCode = "400", description = "socCode or dataYear malformed (errors names it).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ValidationProblem.class)))
    @ApiResponse(responseCode = "404", description = "No figures of that year for this occupation.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Mono<NationalFigures> figures(
            @PathVariable @Parameter(description = ApiDocumentation.SOC_CODE, example = "15-2051",
                    schema = @Schema(type = "string", pattern = ApiDocumentation.SOC_CODE_PATTERN)) String socCode,
            @PathVariable @Parameter(description = DATA_YEAR, example = "2024", schema = @Schema(type = "integer",
                    format = "int32", minimum = "" + MIN_YEAR, maximum = "" + MAX_YEAR)) String dataYear) {
        String soc = validSocCode(socCode);
        return service.figures(soc, year(dataYear));
    }

    @PutMapping(path = "/{socCode}/wages/{dataYear}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Tag(name = ApiDocumentation.NATIONAL_WAGES)
    @Operation(operationId = "saveNationalWages",
            summary = "Create or replace one year's national figures (scope salary.write)",
            description = "Percentiles among 10, 25, 50, 75, 90, each once, never falling as the percentile rises."
                    + " Without version the figures are created (201; 409 if they exist); with the version read they"
                    + " replace the stored ones whole (200; 409 if they changed since, or an import of the year came"
                    + " in between). One transaction: a rejected write changes nothing. Answers the figures as"
                    + " stored.")
    @SecurityRequirement(name = ApiDocumentation.BEARER_AUTH)
    @ApiResponse(responseCode = "200", description = "Replaced.",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = NationalFigures.class)))
    @ApiResponse(responseCode = "201", description = "Created.",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = NationalFigures.class)))
    @ApiResponse(responseCode = "400", description = "A malformed path, an unreadable body or figures that break a"
            + " rule (errors names each field, e.g. percentiles[1].annual).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ValidationProblem.class)))
    @ApiResponse(responseCode = "401", description = ApiDocumentation.UNAUTHORIZED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = ApiDocumentation.FORBIDDEN,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No occupation with this SOC code, or a replacement of"
            + " figures that do not exist.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Created again, or replaced with a stale version.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "413", description = ApiDocumentation.TOO_LARGE,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "415", description = ApiDocumentation.UNSUPPORTED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Mono<ResponseEntity<NationalFigures>> saveFigures(
            @PathVariable @Parameter(description = ApiDocumentation.SOC_CODE, example = "15-2011",
                    schema = @Schema(type = "string", pattern = ApiDocumentation.SOC_CODE_PATTERN)) String socCode,
            @PathVariable @Parameter(description = DATA_YEAR, example = "2025", schema = @Schema(type = "integer",
                    format = "int32", minimum = "" + MIN_YEAR, maximum = "" + MAX_YEAR)) String dataYear,
            @RequestBody NationalFiguresDraft body) {
        String soc = validSocCode(socCode);
        int year = year(dataYear);
        return service.saveFigures(soc, year, body).map(saved -> ResponseEntity
                .status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK).body(saved.figures()));
    }

    @DeleteMapping("/{socCode}/wages/{dataYear}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Tag(name = ApiDocumentation.NATIONAL_WAGES)
    @Operation(operationId = "deleteNationalWages", summary = "Delete one year's national figures (scope salary.write)")
    @SecurityRequirement(name = ApiDocumentation.BEARER_AUTH)
    @ApiResponse(responseCode = "204", description = "Deleted.")
    @ApiResponse(responseCode = "400", description = "socCode or dataYear malformed, or version missing or not a"
            + " whole number.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ValidationProblem.class)))
    @ApiResponse(responseCode = "401", description = ApiDocumentation.UNAUTHORIZED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = ApiDocumentation.FORBIDDEN,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No figures of that year for this occupation.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The figures changed since they were read (stale version).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Mono<Void> deleteFigures(
            @PathVariable @Parameter(description = ApiDocumentation.SOC_CODE, example = "15-2011",
                    schema = @Schema(type = "string", pattern = ApiDocumentation.SOC_CODE_PATTERN)) String socCode,
            @PathVariable @Parameter(description = DATA_YEAR, example = "2025", schema = @Schema(type = "integer",
                    format = "int32", minimum = "" + MIN_YEAR, maximum = "" + MAX_YEAR)) String dataYear,
            @RequestParam(required = false) @Parameter(required = true, description = "The version read.",
                    schema = @Schema(type = "integer", format = "int32", minimum = "0")) String version) {
        String soc = validSocCode(socCode);
        int year = year(dataYear);
        return service.deleteFigures(soc, year, version(version));
    }

    private static int year(String value) {
        List<FieldProblem> errors = new ArrayList<>();
        int year = QueryParameters.intParam("dataYear", value == null ? "" : value, 0, MIN_YEAR, MAX_YEAR, errors);
        QueryParameters.check(errors);
        return year;
    }

    /** Required: an absent version is reported like a malformed one. */
    private static long version(String value) {
        List<FieldProblem> errors = new ArrayList<>();
        int v = QueryParameters.intParam("version", value == null ? "" : value, 0, 0, Integer.MAX_VALUE, errors);
        QueryParameters.check(errors);
        return v;
    }
}
