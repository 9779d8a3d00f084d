package com.salaryguide.geography.area;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.salaryguide.geography.area.AreaResponses.RankedAreas;
import com.salaryguide.problem.InvalidRequestException;
import com.salaryguide.problem.InvalidRequestException.FieldProblem;
import com.salaryguide.problem.QueryParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** HTTP layer for area wages: parses and validates parameters, nothing more. */
@RestController
@RequestMapping("/api/v1/geography")
public class AreaController {

    private static final Pattern OCCUPATION = Pattern.compile("\\d{2}-\\d{4}|[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern STATE_CODE = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern CBSA_CODE = Pattern.compile("\\d{5}");
    private static final int MAX_LIMIT = 100;

    private final AreaService service;

    public AreaController(AreaService service) {
        this.service = service;
    }

    @GetMapping("/states")
    @Operation(summary = "States ranked by annual mean wage for an occupation",
            description = "occupation is a SOC code (15-2051) or a guide slug (machine-learning-engineer). limit defaults"
                    + " to 10, at most 100. Ties share a rank and are ordered by name; the latest data year is used.")
    public Mono<RankedAreas> states(@RequestParam(required = false) @Parameter(example = "machine-learning-engineer") String occupation,
                                    @RequestParam(required = false) String limit) {
        return ranked(AreaType.state, occupation, limit);
    }

    @GetMapping("/metros")
    @Operation(summary = "Metropolitan areas ranked by annual mean wage for an occupation",
            description = "As /states, for metropolitan areas (CBSA).")
    public Mono<RankedAreas> metros(@RequestParam(required = false) String occupation,
                                    @RequestParam(required = false) String limit) {
        return ranked(AreaType.metro, occupation, limit);
    }

    @GetMapping("/states/{code}")
    @Operation(summary = "One state; with occupation, its figures and rank",
            description = "code is the USPS abbreviation (case-insensitive). Without occupation the state itself is"
                    + " returned (to tell an unknown state from one without figures).")
    public Mono<?> state(@PathVariable String code, @RequestParam(required = false) String occupation) {
        if (!STATE_CODE.matcher(code).matches()) {
            throw new InvalidRequestException("code", "must be a two-letter state code like CA");
        }
        return one(AreaType.state, code.toUpperCase(Locale.ROOT), occupation);
    }

    @GetMapping("/metros/{codeOrName}")
    @Operation(summary = "One metropolitan area by CBSA code or exact name; with occupation, its figures and rank")
    public Mono<?> metro(@PathVariable String codeOrName, @RequestParam(required = false) String occupation) {
        List<FieldProblem> errors = new ArrayList<>();
        String key = QueryParameters.text("codeOrName", codeOrName, 200, errors);
        QueryParameters.check(errors);
        if (key == null || !(CBSA_CODE.matcher(key).matches() || key.chars().anyMatch(Character::isLetter))) {
            throw new InvalidRequestException("codeOrName", "must be a 5-digit CBSA code or a metro area name");
        }
        return one(AreaType.metro, key, occupation);
    }

    private Mono<?> one(AreaType type, String key, String occupation) {
        if (occupation == null) {
            return service.area(type, key);
        }
        return service.areaWage(type, key, validOccupation(occupation, new ArrayList<>(), true));
    }

    private Mono<RankedAreas> ranked(AreaType type, String occupation, String limit) {
        List<FieldProblem> errors = new ArrayList<>();
        String occ = validOccupation(occupation, errors, false);
        int n = QueryParameters.intParam("limit", limit, 10, 1, MAX_LIMIT, errors);
        QueryParameters.check(errors);
        return service.ranked(occ, type, n);
    }

    private static String validOccupation(String occupation, List<FieldProblem> errors, boolean throwNow) {
        FieldProblem problem = null;
        if (occupation == null || occupation.isBlank()) {
            problem = new FieldProblem("occupation", "is required: a SOC code like 15-2051 or a guide slug");
        } else if (occupation.length() > 100 || !OCCUPATION.matcher(occupation).matches()) {
            problem = new FieldProblem("occupation", "must be a SOC code like 15-2051 or a guide slug like"
                    + " machine-learning-engineer");
        }
        if (problem != null) {
            errors.add(problem);
            if (throwNow) {
                QueryParameters.check(errors);
            }
        }
        return occupation;
    }
}
