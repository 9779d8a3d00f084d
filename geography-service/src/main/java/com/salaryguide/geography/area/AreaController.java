package com.salaryguide.geography.area;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.salaryguide.geography.area.AreaResponses.AreaView;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** HTTP layer for areas as such: lookups by code or name, and hand-made metro areas. */
@RestController
@RequestMapping("/api/v1/geography")
@Tag(name = ApiDocumentation.AREAS)
public class AreaController {

    private static final Pattern TRAILING_STATE = Pattern.compile(".*, ([A-Z]{2})(-[A-Z]{2})*");
    private static final Pattern USPS_CODE = Pattern.compile("[A-Z]{2}");

    private final AreaService service;

    public AreaController(AreaService service) {
        this.service = service;
    }

    @GetMapping("/areas/{codeOrName}")
    @Operation(operationId = "getArea", summary = "One area by code or exact name",
            description = "codeOrName is a state or territory code (any case), a CBSA code, a nonmetropolitan area"
                    + " code, or an area's exact name (any case; URL-encoded).",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The area",
                            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                    schema = @Schema(implementation = AreaView.class))),
                    @ApiResponse(responseCode = "400", description = "Malformed code or name"),
                    @ApiResponse(responseCode = "404", description = "No such area")})
    public Mono<AreaView> area(@PathVariable @Parameter(description = "code or exact name",
            example = "Austin-Round Rock-San Marcos, TX") String codeOrName) {
        return service.area(AreaParameters.codeOrName("codeOrName", codeOrName, true));
    }

    @GetMapping("/states/{code}")
    @Operation(operationId = "getState", summary = "One state or territory; with occupation, its figures and rank",
            description = "code is the USPS code (any case). Without occupation the area itself is returned (to tell"
                    + " an unknown area from one without figures); with it, the occupation's figures of the latest"
                    + " data year and the area's rank by annual mean wage among areas of its kind.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The area, or its figures and rank",
                            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(
                                    oneOf = {AreaView.class, RankedAreaFigures.class}))),
                    @ApiResponse(responseCode = "400", description = "Malformed code or occupation"),
                    @ApiResponse(responseCode = "404", description = "No such area, or no figures for the occupation"
                            + " there")})
    public Mono<?> state(@PathVariable @Parameter(example = "CA") String code,
                         @RequestParam(required = false) @Parameter(description = "SOC code or guide slug",
                                 example = "15-2051") String occupation) {
        String key = AreaParameters.uspsCode("code", code);
        return occupation == null ? service.area(AreaService.STATE_LEVEL, key)
                : service.areaFigures(AreaService.STATE_LEVEL, key, AreaParameters.occupation(occupation));
    }

    @GetMapping("/metros/{codeOrName}")
    @Operation(operationId = "getMetro", summary = "One metropolitan area by CBSA code or exact name; with"
            + " occupation, its figures and rank",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The metro area, or its figures and rank",
                            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(
                                    oneOf = {AreaView.class, RankedAreaFigures.class}))),
                    @ApiResponse(responseCode = "400", description = "Malformed code, name or occupation"),
                    @ApiResponse(responseCode = "404", description = "No such metro area, or no figures for the"
                            + " occupation there")})
    public Mono<?> metro(@PathVariable @Parameter(description = "CBSA code (41940) or exact name",
                                 example = "Pittsburgh, PA") String codeOrName,
                         @RequestParam(required = false) @Parameter(description = "SOC code or guide slug",
                                 example = "15-2051") String occupation) {
        String key = AreaParameters.codeOrName("codeOrName", codeOrName, false);
        return occupation == null ? service.area(AreaService.METROS, key)
                : service.areaFigures(AreaService.METROS, key, AreaParameters.occupation(occupation));
    }

    @PutMapping(path = "/metros/{codeOrName}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "saveMetro", summary = "Create or rename a metropolitan area (scope salary.write)",
            description = "codeOrName must be the CBSA code here. state is the primary state's USPS code; without"
                    + " it, the code after the name's comma (\"Akron, OH\"), or for a rename the state it had.",
            security = @SecurityRequirement(name = ApiDocumentation.BEARER),
            responses = {
                    @ApiResponse(responseCode = "200", description = "Renamed", content = @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = AreaView.class))),
                    @ApiResponse(responseCode = "201", description = "Created", content = @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = AreaView.class))),
                    @ApiResponse(responseCode = "400", description = "Bad code, name or state"),
                    @ApiResponse(responseCode = "409", description = "Another area has the name or the code")})
    public Mono<ResponseEntity<AreaView>> saveMetro(@PathVariable @Parameter(description = "the CBSA code (10420); a name is"
            + " not accepted here") String codeOrName, @RequestBody MetroDraft body) {
        String cbsaCode = AreaParameters.cbsaCode("codeOrName", codeOrName);
        List<FieldProblem> errors = new ArrayList<>();
        String name = QueryParameters.text("name", body.name(), 200, errors);
        if (name == null && errors.isEmpty()) {
            errors.add(new FieldProblem("name", "is required"));
        }
        String state = body.state() == null ? null : body.state().strip().toUpperCase(Locale.ROOT);
        if (state != null && !USPS_CODE.matcher(state).matches()) {
            errors.add(new FieldProblem("state", "must be a two-letter state code like OH"));
        }
        QueryParameters.check(errors);
        if (state == null) {
            var trailing = TRAILING_STATE.matcher(name);
            state = trailing.matches() ? trailing.group(1) : null;
        }
        return service.saveMetro(cbsaCode, name, state).map(AreaController::response);
    }

    /** Body of a metro write. */
    @Schema(name = "MetroDraft")
    public record MetroDraft(@Schema(example = "Akron, OH", requiredMode = Schema.RequiredMode.REQUIRED) String name,
                             @Schema(example = "OH", nullable = true, description = "the primary state's USPS code")
                             String state) {
    }

    static <T> ResponseEntity<T> response(AreaService.Saved<T> saved) {
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK).body(saved.value());
    }
}
