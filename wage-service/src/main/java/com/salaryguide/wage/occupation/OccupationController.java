package com.salaryguide.wage.occupation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.salaryguide.wage.occupation.OccupationResponses.OccupationDetail;
import com.salaryguide.wage.occupation.OccupationResponses.OccupationPage;
import com.salaryguide.wage.occupation.OccupationResponses.PercentileRank;
import com.salaryguide.problem.InvalidRequestException;
import com.salaryguide.problem.QueryParameters;
import com.salaryguide.problem.InvalidRequestException.FieldProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

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
    @Operation(summary = "List or search occupations",
            description = "q matches a title substring (case-insensitive) or a SOC code prefix. Paging is zero-based;"
                    + " size defaults to 20, at most 100. Ordered by SOC code.")
    public Mono<OccupationPage> list(@RequestParam(required = false) String q,
                                     @RequestParam(required = false) String page,
                                     @RequestParam(required = false) String size) {
        List<FieldProblem> errors = new ArrayList<>();
        int pageNumber = QueryParameters.intParam("page", page, 0, 0, 1_000_000, errors);
        int pageSize = QueryParameters.intParam("size", size, paging.defaultSize(), 1, paging.maxSize(), errors);
        String text = QueryParameters.text("q", q, MAX_QUERY_LENGTH, errors);
        QueryParameters.check(errors);
        return service.search(text, pageNumber, pageSize);
    }

    @GetMapping("/{socCode}")
    @Operation(summary = "One occupation with its latest national wage percentiles and projected growth",
            description = "An occupation without wage figures (created by hand, none written or imported yet) answers"
                    + " 200 with dataYear: null, percentiles: [] and sources: [] (keys present); employment, the means"
                    + " and figuresVersion are left out.")
    public Mono<OccupationDetail> get(@PathVariable @Parameter(example = "15-2051") String socCode) {
        return service.detail(validSocCode(socCode));
    }

    @GetMapping("/{socCode}/percentile-rank")
    @Operation(summary = "Percentile rank of an annual salary",
            description = "Linear interpolation between the published 10th..90th percentiles, rounded to one decimal."
                    + " Outside that range percentileRank is null and position is below or above. 404 for an"
                    + " unknown occupation and for one with no annual wage figures to rank against.")
    public Mono<PercentileRank> percentileRank(@PathVariable String socCode,
                                               @RequestParam(required = false) @Parameter(example = "150000") String annual) {
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
