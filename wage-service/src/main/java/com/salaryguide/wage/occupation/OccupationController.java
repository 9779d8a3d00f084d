package com.salaryguide.wage.occupation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.salaryguide.wage.occupation.OccupationResponses.OccupationDetail;
import com.salaryguide.wage.occupation.OccupationResponses.OccupationPage;
import com.salaryguide.wage.occupation.OccupationResponses.PercentileRank;
import com.salaryguide.wage.occupation.OccupationResponses.WageHistory;
import com.salaryguide.wage.web.ApiDocumentation;
import com.salaryguide.problem.ProblemSchemas.Problem;
import com.salaryguide.problem.ProblemSchemas.ValidationProblem;
import com.salaryguide.problem.InvalidRequestException;
import com.salaryguide.problem.QueryParameters;
import com.salaryguide.problem.InvalidRequestException.FieldProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import static com.salaryguide.wage.web.ApiDocumentation.JSON;
import static com.salaryguide.wage.web.ApiDocumentation.PROBLEM;

/** HTTP layer for occupations: parses and validates parameters, nothing more. */
@RestController
@RequestMapping("/api/v1/occupations")
public class OccupationController {

    static final long MAX_ANNUAL = 10_000_000L;
    private static final Pattern SOC_CODE = Pattern.compile("\\d{2}-\\d{4}");
    private static final int MAX_QUERY_LENGTH = 100;

    private final OccupationService service;
    private final PagingProperties paging;

    public OccupationController(OccupationService service, PagingProperties paging) {
        this.service = service;
        this.paging = paging;
    }

    @GetMapping
    @Tag(name = ApiDocumentation.OCCUPATIONS)
    @Operation(operationId = "listOccupations", summary = "List or search occupations",
            description = "q matches a title substring (case-insensitive) or a SOC code prefix. Paging is zero-based;"
                    + " size defaults to 20, at most 100. Ordered by SOC code; each item carries the data year of the"
                    + " occupation's latest national figures (null when it has none).")
    @SecurityRequirements
    @ApiResponse(responseCode = "200", description = "One page of occupations.",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = OccupationPage.class)))
    @ApiResponse(responseCode = "400", description = "page, size or q out of range (errors names each).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ValidationProblem.class)))
    public Mono<OccupationPage> list(
            @RequestParam(required = false) @Parameter(description = "Title substring or SOC code prefix, at most"
                    + " 100 printable characters.", example = "scient", schema = @Schema(type = "string",
                    maxLength = MAX_QUERY_LENGTH)) String q,
            @RequestParam(required = false) @Parameter(description = "Zero-based page number.", schema =
                    @Schema(type = "integer", format = "int32", minimum = "0", maximum = "1000000",
                            defaultValue = "0")) String page,
            @RequestParam(required = false) @Parameter(description = "Page size.", schema = @Schema(type = "integer",
                    format = "int32", minimum = "1", maximum = "100", defaultValue = "20")) String size) {
        List<FieldProblem> errors = new ArrayList<>();
        int pageNumber = QueryParameters.intParam("page", page, 0, 0, 1_000_000, errors);
        int pageSize = QueryParameters.intParam("size", size, paging.defaultSize(), 1, paging.maxSize(), errors);
        String text = QueryParameters.text("q", q, MAX_QUERY_LENGTH, errors);
        QueryParameters.check(errors);
        return service.search(text, pageNumber, pageSize);
    }

    @GetMapping("/{socCode}")
    @Tag(name = ApiDocumentation.OCCUPATIONS)
    @Operation(operationId = "getOccupation",
            summary = "One occupation with its latest data year's national figures and projected growth",
            description = "Each BLS figure has a status: reported, top-coded (the value is the release's top code,"
                    + " a lower bound) or not-available (the value is null). An occupation without figures (created"
                    + " by hand, none written or imported yet) has dataYear, every figure and figuresVersion null,"
                    + " every status not-available and percentiles: []. version and figuresVersion are what an edit"
                    + " of the occupation or of these figures sends back.")
    @SecurityRequirements
    @ApiResponse(responseCode = "200", description = "The occupation.", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = OccupationDetail.class),
            examples = @ExampleObject(name = "Data Scientists", summary = "The seed's 15-2051", value = """
                    {"socCode":"15-2051","title":"Data Scientists","dataYear":2024,
                     "employment":null,"employmentStatus":"not-available",
                     "annualMeanWage":null,"annualMeanWageStatus":"not-available",
                     "hourlyMeanWage":null,"hourlyMeanWageStatus":"not-available",
                     "percentiles":[
                      {"percentile":10,"annual":63650,"hourly":30.60,"annualStatus":"reported","hourlyStatus":"reported"},
                      {"percentile":25,"annual":82630,"hourly":39.73,"annualStatus":"reported","hourlyStatus":"reported"},
                      {"percentile":50,"annual":112590,"hourly":54.13,"annualStatus":"reported","hourlyStatus":"reported"},
                      {"percentile":75,"annual":155810,"hourly":74.91,"annualStatus":"reported","hourlyStatus":"reported"},
                      {"percentile":90,"annual":194410,"hourly":93.47,"annualStatus":"reported","hourlyStatus":"reported"}],
                     "projectedGrowth":{"percent":34,"fromYear":2024,"toYear":2034,"sources":[2]},
                     "sources":[1,3],"version":0,"figuresVersion":0}""")))
    @ApiResponse(responseCode = "400", description = ApiDocumentation.BAD_SOC_CODE,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ValidationProblem.class)))
    @ApiResponse(responseCode = "404", description = ApiDocumentation.UNKNOWN_OCCUPATION,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Mono<OccupationDetail> get(@PathVariable @Parameter(description = ApiDocumentation.SOC_CODE,
            example = "15-2051", schema = @Schema(type = "string", pattern = ApiDocumentation.SOC_CODE_PATTERN))
                                      String socCode) {
        return service.detail(validSocCode(socCode));
    }

    @GetMapping("/{socCode}/wages")
    @Tag(name = ApiDocumentation.NATIONAL_WAGES)
    @Operation(operationId = "listNationalWages", summary = "Every data year's national figures of an occupation",
            description = "Every imported or edited data year, newest first, each with its figures and their"
                    + " statuses as the occupation read serves the latest. Each year is that release's estimate, not"
                    + " a point of a consistent time series. years is [] for an occupation without figures.")
    @SecurityRequirements
    @ApiResponse(responseCode = "200", description = "The occupation's figures by data year.",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = WageHistory.class)))
    @ApiResponse(responseCode = "400", description = ApiDocumentation.BAD_SOC_CODE,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ValidationProblem.class)))
    @ApiResponse(responseCode = "404", description = ApiDocumentation.UNKNOWN_OCCUPATION,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Mono<WageHistory> wages(@PathVariable @Parameter(description = ApiDocumentation.SOC_CODE,
            example = "15-2051", schema = @Schema(type = "string", pattern = ApiDocumentation.SOC_CODE_PATTERN))
                                   String socCode) {
        return service.history(validSocCode(socCode));
    }

    @GetMapping("/{socCode}/percentile-rank")
    @Tag(name = ApiDocumentation.NATIONAL_WAGES)
    @Operation(operationId = "getPercentileRank", summary = "Percentile rank of an annual salary",
            description = "Against the latest data year's national percentiles: linear interpolation between the"
                    + " published 10th..90th percentiles, rounded to one decimal. Outside that range percentileRank"
                    + " is null and position is below or above; top-coded and unpublished percentiles are no anchors,"
                    + " so a salary only they could place gets null too.")
    @SecurityRequirements
    @ApiResponse(responseCode = "200", description = "Where the salary stands.",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = PercentileRank.class)))
    @ApiResponse(responseCode = "400", description = "socCode malformed, or annual missing, not a whole number or"
            + " out of range (errors names each).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ValidationProblem.class)))
    @ApiResponse(responseCode = "404", description = "No occupation with this SOC code, or one with no annual wage"
            + " figures to rank against.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Mono<PercentileRank> percentileRank(
            @PathVariable @Parameter(description = ApiDocumentation.SOC_CODE, example = "15-2051",
                    schema = @Schema(type = "string", pattern = ApiDocumentation.SOC_CODE_PATTERN)) String socCode,
            // read as text so that every malformed value gets this service's own field message
            @RequestParam(required = false) @Parameter(required = true, description = "Annual salary in whole US"
                    + " dollars.", example = "150000", schema = @Schema(type = "integer", format = "int64",
                    minimum = "1", maximum = "10000000")) String annual) {
        String soc = validSocCode(socCode);
        List<FieldProblem> errors = new ArrayList<>();
        long amount = annual(annual, errors);
        QueryParameters.check(errors);
        return service.percentileRank(soc, amount);
    }

    public static String validSocCode(String socCode) {
        if (socCode == null || !SOC_CODE.matcher(socCode).matches()) {
            throw new InvalidRequestException("socCode", "must be a SOC code like 15-2051");
        }
        return socCode;
    }

    private static long annual(String value, List<FieldProblem> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldProblem("annual", "is required"));
            return 0;
        }
        long amount;
        try {
            amount = Long.parseLong(value.strip());
        } catch (NumberFormatException ex) {
            errors.add(new FieldProblem("annual", "must be a whole number of US dollars"));
            return 0;
        }
        if (amount <= 0 || amount > MAX_ANNUAL) {
            errors.add(new FieldProblem("annual", "must be between 1 and " + MAX_ANNUAL));
        }
        return amount;
    }
}
