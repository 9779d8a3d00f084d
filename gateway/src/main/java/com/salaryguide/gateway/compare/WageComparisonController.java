package com.salaryguide.gateway.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

import com.salaryguide.gateway.downstream.DegradedAnswers;
import com.salaryguide.problem.InvalidRequestException;
import com.salaryguide.problem.InvalidRequestException.FieldProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Side-by-side wage figures of up to 5 occupations in up to 5 areas. */
@RestController
@Tag(name = "Wage comparisons", description = "Occupations by areas, from imported BLS OEWS figures")
public class WageComparisonController {

    static final int MAX_EACH = 5;
    static final Pattern SOC = Pattern.compile("\\d{2}-\\d{4}");

    private final WageComparisonAssembler assembler;
    private final DegradedAnswers degraded;

    public WageComparisonController(WageComparisonAssembler assembler, DegradedAnswers degraded) {
        this.assembler = assembler;
        this.degraded = degraded;
    }

    @GetMapping(path = "/api/v1/wages/compare", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "compareWages", summary = "Compare occupations across areas",
            description = "A matrix of up to 5 occupations by up to 5 areas (each list comma separated, duplicates"
                    + " ignored). Each cell holds the latest annual median, mean, 10th and 90th percentile wages,"
                    + " employment and location quotient, each with its status; a cell without published figures has"
                    + " status no-data. Areas: a state's USPS code, a CBSA or nonmetropolitan area code, an area's"
                    + " exact BLS title, a territory's code, or US. Unknown occupation or area: 400 naming the"
                    + " parameter; when a service needed to check them cannot answer, 503.")
    public Mono<WageComparison> compare(
            @RequestParam @Parameter(description = "SOC codes, comma separated", example = "15-1252,15-2051",
                    schema = @Schema(maxLength = 100)) String occupations,
            @RequestParam @Parameter(description = "Areas, comma separated", example = "US,CA,41940",
                    schema = @Schema(maxLength = 1000)) String areas) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> socCodes = list(occupations, "occupations", problems);
        socCodes.stream().filter(s -> !SOC.matcher(s).matches()).findFirst().ifPresent(bad ->
                problems.add(new FieldProblem("occupations", "must be SOC codes like 15-1252")));
        List<String> areaKeys = list(areas, "areas", problems);
        areaKeys.stream().filter(a -> a.length() > 200 || a.chars().anyMatch(Character::isISOControl)).findFirst()
                .ifPresent(bad -> problems.add(new FieldProblem("areas", "must be area codes or names of at most 200"
                        + " printable characters")));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return assembler.compare(socCodes, areaKeys).doOnNext(c -> degraded.comparison(c.unavailableSections()));
    }

    private static List<String> list(String value, String name, List<FieldProblem> problems) {
        List<String> items = new ArrayList<>(new LinkedHashSet<>(Arrays.stream(value.split(",", -1))
                .map(String::strip).toList()));
        if (items.contains("")) {
            problems.add(new FieldProblem(name, "must be a comma-separated list without empty entries"));
        } else if (items.size() > MAX_EACH) {
            problems.add(new FieldProblem(name, "must name at most " + MAX_EACH + " distinct entries"));
        }
        return items;
    }
}
