package com.salaryguide.geography.area;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.salaryguide.geography.area.AreaResponses.AreaFiguresList;
import com.salaryguide.geography.area.AreaResponses.RankedAreaFigures;
import com.salaryguide.geography.web.ApiDocumentation;
import com.salaryguide.problem.InvalidRequestException.FieldProblem;
import com.salaryguide.problem.QueryParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
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

/** HTTP layer for occupations' figures in areas: the batch read, and hand writes of one area's figures. */
@RestController
@RequestMapping("/api/v1/geography")
@Tag(name = ApiDocumentation.AREA_WAGES)
public class AreaWageController {

    private static final String WRITE_DESCRIPTION = "Body {dataYear, annualMeanWage, hourlyMeanWage, employment,"
            + " percentiles: [{percentile, annual, hourly}], sourceId, version}. Without version the figure is created"
            + " (201; 409 if it exists); with the version you read it is updated (200; 409 if it changed since)."
            + " Figures typed by hand are exact (never top-coded). Answers with the area's current figures and rank.";

    private final AreaService service;

    public AreaWageController(AreaService service) {
        this.service = service;
    }

    @GetMapping("/wages")
    @Operation(operationId = "listAreaFigures", summary = "Figures of occupations in areas, latest data year of each"
            + " pair",
            description = "One entry per (occupation, area) pair that has figures, in the order asked (occupations,"
                    + " then areas), each from that pair's latest data year; pairs without figures are left out.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The pairs' figures"),
                    @ApiResponse(responseCode = "400", description = "A list is missing, malformed, repeats a value"
                            + " or has more than 10 values")})
    public Mono<AreaFiguresList> wages(
            @RequestParam(required = false) @Parameter(required = true, description = "1 to 10 distinct SOC codes or guide slugs,"
                    + " comma-separated", example = "15-1252,15-2051") String occupation,
            @RequestParam(required = false) @Parameter(required = true, description = "1 to 10 distinct area codes, comma-separated:"
                    + " state or territory codes, CBSA codes, nonmetropolitan area codes", example = "CA,41940")
            String area) {
        List<FieldProblem> errors = new ArrayList<>();
        List<String> occupations = AreaParameters.occupations(occupation, errors);
        List<String> areas = AreaParameters.areaCodes(area, errors);
        QueryParameters.check(errors);
        return service.latestFigures(occupations, areas);
    }

    @PutMapping(path = "/states/{code}/wages/{occupation}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "saveStateFigures", summary = "Create or update an occupation's figures in a state or"
            + " territory (scope salary.write)", description = WRITE_DESCRIPTION,
            security = @SecurityRequirement(name = ApiDocumentation.BEARER),
            responses = {
                    @ApiResponse(responseCode = "200", description = "Updated"),
                    @ApiResponse(responseCode = "201", description = "Created", content = @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = RankedAreaFigures.class))),
                    @ApiResponse(responseCode = "400", description = "A bad field, named"),
                    @ApiResponse(responseCode = "404", description = "No such state or territory"),
                    @ApiResponse(responseCode = "409", description = "Exists already, or changed since read")})
    public Mono<ResponseEntity<RankedAreaFigures>> saveStateWage(
            @PathVariable @Parameter(example = "OH") String code,
            @PathVariable @Parameter(description = "SOC code or guide slug", example = "15-2051") String occupation,
            @RequestBody AreaWageDraft draft) {
        return saveWage(AreaService.STATE_LEVEL, AreaParameters.uspsCode("code", code), occupation, draft);
    }

    @PutMapping(path = "/metros/{codeOrName}/wages/{occupation}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "saveMetroFigures", summary = "Create or update an occupation's figures in a metro area"
            + " (scope salary.write)", description = WRITE_DESCRIPTION,
            security = @SecurityRequirement(name = ApiDocumentation.BEARER),
            responses = {
                    @ApiResponse(responseCode = "200", description = "Updated"),
                    @ApiResponse(responseCode = "201", description = "Created", content = @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = RankedAreaFigures.class))),
                    @ApiResponse(responseCode = "400", description = "A bad field, named"),
                    @ApiResponse(responseCode = "404", description = "No such metro area"),
                    @ApiResponse(responseCode = "409", description = "Exists already, or changed since read")})
    public Mono<ResponseEntity<RankedAreaFigures>> saveMetroWage(
            @PathVariable @Parameter(description = "CBSA code (41940) or exact name") String codeOrName,
            @PathVariable @Parameter(description = "SOC code or guide slug", example = "15-2051") String occupation,
            @RequestBody AreaWageDraft draft) {
        return saveWage(AreaService.METROS, AreaParameters.codeOrName("codeOrName", codeOrName, false), occupation,
                draft);
    }

    @DeleteMapping("/states/{code}/wages/{occupation}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteStateFigures", summary = "Delete an occupation's figures in a state or territory"
            + " for one year (scope salary.write)", description = "A stale version gets 409.",
            security = @SecurityRequirement(name = ApiDocumentation.BEARER),
            responses = {
                    @ApiResponse(responseCode = "204", description = "Deleted"),
                    @ApiResponse(responseCode = "400", description = "A bad parameter, named"),
                    @ApiResponse(responseCode = "404", description = "No such area or figures"),
                    @ApiResponse(responseCode = "409", description = "Changed since read")})
    public Mono<Void> deleteStateWage(@PathVariable @Parameter(example = "OH") String code,
                                      @PathVariable @Parameter(example = "15-2051") String occupation,
                                      @RequestParam(required = false) @Parameter(schema = @Schema(type = "integer",
                                              minimum = "1990", maximum = "2100"), required = true) String dataYear,
                                      @RequestParam(required = false) @Parameter(schema = @Schema(type = "integer",
                                              format = "int64", minimum = "0"), required = true) String version) {
        return deleteWage(AreaService.STATE_LEVEL, AreaParameters.uspsCode("code", code), occupation, dataYear,
                version);
    }

    @DeleteMapping("/metros/{codeOrName}/wages/{occupation}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteMetroFigures", summary = "Delete an occupation's figures in a metro area for one"
            + " year (scope salary.write)", description = "A stale version gets 409.",
            security = @SecurityRequirement(name = ApiDocumentation.BEARER),
            responses = {
                    @ApiResponse(responseCode = "204", description = "Deleted"),
                    @ApiResponse(responseCode = "400", description = "A bad parameter, named"),
                    @ApiResponse(responseCode = "404", description = "No such area or figures"),
                    @ApiResponse(responseCode = "409", description = "Changed since read")})
    public Mono<Void> deleteMetroWage(@PathVariable @Parameter(description = "CBSA code (41940) or exact name") String codeOrName,
                                      @PathVariable @Parameter(example = "15-2051") String occupation,
                                      @RequestParam(required = false) @Parameter(schema = @Schema(type = "integer",
                                              minimum = "1990", maximum = "2100"), required = true) String dataYear,
                                      @RequestParam(required = false) @Parameter(schema = @Schema(type = "integer",
                                              format = "int64", minimum = "0"), required = true) String version) {
        return deleteWage(AreaService.METROS, AreaParameters.codeOrName("codeOrName", codeOrName, false), occupation,
                dataYear, version);
    }

    private Mono<ResponseEntity<RankedAreaFigures>> saveWage(Set<AreaType> types, String key, String occupation,
                                                             AreaWageDraft draft) {
        String occ = AreaParameters.occupation(occupation);
        return service.saveWage(types, key, occ, draft).map(AreaController::response);
    }

    private Mono<Void> deleteWage(Set<AreaType> types, String key, String occupation, String dataYear, String version) {
        String occ = AreaParameters.occupation(occupation);
        List<FieldProblem> errors = new ArrayList<>();
        int year = QueryParameters.intParam("dataYear", dataYear == null ? "" : dataYear, 0, 1990, 2100, errors);
        int v = QueryParameters.intParam("version", version == null ? "" : version, 0, 0, Integer.MAX_VALUE, errors);
        QueryParameters.check(errors);
        return service.deleteWage(types, key, occ, year, v);
    }
}
