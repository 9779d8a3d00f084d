package com.salaryguide.geography.area;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import com.salaryguide.geography.area.AreaResponses.ConcentrationRanking;
import com.salaryguide.geography.area.AreaResponses.WageRanking;
import com.salaryguide.geography.web.ApiDocumentation;
import com.salaryguide.problem.InvalidRequestException.FieldProblem;
import com.salaryguide.problem.QueryParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** HTTP layer for rankings: areas by wage, and areas by how concentrated an occupation is there. */
@RestController
@RequestMapping("/api/v1/geography")
@Tag(name = ApiDocumentation.RANKINGS)
public class RankingController {

    private static final String WAGE_RANKING = "occupation is a SOC code (15-2051) or a guide slug"
            + " (machine-learning-engineer). Only areas with a value for the sort key are ranked; a top-coded value"
            + " ranks at its cap and is flagged. Ties share a rank and are ordered by name; the latest data year with"
            + " figures for the occupation in these areas is used.";

    private final AreaService service;

    public RankingController(AreaService service) {
        this.service = service;
    }

    @GetMapping("/states")
    @Operation(operationId = "rankStates", summary = "States ranked by annual mean or median wage for an occupation",
            description = WAGE_RANKING,
            responses = {
                    @ApiResponse(responseCode = "200", description = "The ranking"),
                    @ApiResponse(responseCode = "400", description = "A bad parameter, named"),
                    @ApiResponse(responseCode = "404", description = "No state figures for the occupation")})
    public Mono<WageRanking> states(@RequestParam(required = false) @Parameter(required = true,
                                            description = "SOC code or guide slug", example = "15-2051") String occupation,
                                    @RequestParam(required = false) @Parameter(schema = @Schema(type = "integer",
                                            minimum = "1", maximum = "100", defaultValue = "10")) String limit,
                                    @RequestParam(required = false) @Parameter(schema = @Schema(type = "string",
                                            allowableValues = {"annualMeanWage", "annualMedianWage"},
                                            defaultValue = "annualMeanWage")) String sort) {
        return wageRanking(AreaType.STATE, occupation, limit, sort);
    }

    @GetMapping("/metros")
    @Operation(operationId = "rankMetros", summary = "Metropolitan areas ranked by annual mean or median wage for an"
            + " occupation", description = WAGE_RANKING,
            responses = {
                    @ApiResponse(responseCode = "200", description = "The ranking"),
                    @ApiResponse(responseCode = "400", description = "A bad parameter, named"),
                    @ApiResponse(responseCode = "404", description = "No metro figures for the occupation")})
    public Mono<WageRanking> metros(@RequestParam(required = false) @Parameter(required = true,
                                            description = "SOC code or guide slug", example = "15-2051") String occupation,
                                    @RequestParam(required = false) @Parameter(schema = @Schema(type = "integer",
                                            minimum = "1", maximum = "100", defaultValue = "10")) String limit,
                                    @RequestParam(required = false) @Parameter(schema = @Schema(type = "string",
                                            allowableValues = {"annualMeanWage", "annualMedianWage"},
                                            defaultValue = "annualMeanWage")) String sort) {
        return wageRanking(AreaType.METRO, occupation, limit, sort);
    }

    @GetMapping("/areas")
    @Operation(operationId = "rankAreasByConcentration", summary = "Areas where an occupation is most concentrated",
            description = "Ranked by location quotient (default) or jobs per 1,000 jobs, highest first, in the latest"
                    + " data year with figures for the occupation in these kinds of area; only areas with a reported"
                    + " value for the sort key are ranked. Ties share a rank and are ordered by name.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The ranking"),
                    @ApiResponse(responseCode = "400", description = "A bad parameter, named"),
                    @ApiResponse(responseCode = "404", description = "No figures for the occupation in these areas")})
    public Mono<ConcentrationRanking> concentration(
            @RequestParam(required = false) @Parameter(required = true, description = "SOC code or guide slug",
                    example = "15-1252") String occupation,
            @RequestParam(required = false) @Parameter(schema = @Schema(type = "string",
                    allowableValues = {"locationQuotient", "jobsPer1000"}, defaultValue = "locationQuotient"))
            String sort,
            @RequestParam(required = false) @Parameter(schema = @Schema(type = "integer", minimum = "1",
                    maximum = "100", defaultValue = "10")) String limit,
            @RequestParam(required = false) @Parameter(description = "only areas of this kind (default: every kind)",
                    schema = @Schema(type = "string", allowableValues = {"state", "territory", "metro", "nonmetro"}))
            String areaType) {
        List<FieldProblem> errors = new ArrayList<>();
        String occ = AreaParameters.occupation(occupation, errors);
        ConcentrationSort by = AreaParameters.concentrationSort(sort, errors);
        int n = AreaParameters.limit(limit, errors);
        AreaType type = AreaParameters.areaType(areaType, errors);
        QueryParameters.check(errors);
        return service.concentration(occ, type == null ? AreaService.ALL : EnumSet.of(type), by, n);
    }

    private Mono<WageRanking> wageRanking(AreaType type, String occupation, String limit, String sort) {
        List<FieldProblem> errors = new ArrayList<>();
        String occ = AreaParameters.occupation(occupation, errors);
        int n = AreaParameters.limit(limit, errors);
        WageSort by = AreaParameters.wageSort(sort, errors);
        QueryParameters.check(errors);
        return service.wageRanking(occ, type, by, n);
    }
}
