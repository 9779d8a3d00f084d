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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
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
        return one(AreaType.state, stateCode(code), occupation);
    }

    @GetMapping("/metros/{codeOrName}")
    @Operation(summary = "One metropolitan area by CBSA code or exact name; with occupation, its figures and rank")
    public Mono<?> metro(@PathVariable String codeOrName, @RequestParam(required = false) String occupation) {
        return one(AreaType.metro, metroKey(codeOrName), occupation);
    }

    @PutMapping(path = "/metros/{cbsaCode}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create or rename a metropolitan area (scope salary.write)", description = "Body {name}.")
    public Mono<ResponseEntity<AreaResponses.AreaView>> saveMetro(@PathVariable String cbsaCode,
                                                                  @RequestBody MetroDraft body) {
        if (!CBSA_CODE.matcher(cbsaCode).matches()) {
            throw new InvalidRequestException("cbsaCode", "must be a 5-digit CBSA code");
        }
        List<FieldProblem> errors = new ArrayList<>();
        String name = QueryParameters.text("name", body.name(), 200, errors);
        if (name == null && errors.isEmpty()) {
            errors.add(new FieldProblem("name", "is required"));
        }
        QueryParameters.check(errors);
        return service.saveMetro(cbsaCode, name).map(AreaController::response);
    }

    /** Body of a metro write. */
    public record MetroDraft(String name) {
    }

    @PutMapping(path = "/{kind}/{code}/wages/{occupation}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create or update an occupation's figures in a state or metro (scope salary.write)",
            description = "kind is states or metros. Body {dataYear, annualMeanWage, hourlyMeanWage, employment,"
                    + " percentiles: [{percentile, annual, hourly}], sourceId, version}. Without version the figure is"
                    + " created (201; 409 if it exists); with the version you read it is updated (200; 409 if it"
                    + " changed since). Answers with the area's current figure and rank.")
    public Mono<ResponseEntity<AreaResponses.RankedArea>> saveWage(@PathVariable String kind, @PathVariable String code,
                                                                   @PathVariable String occupation,
                                                                   @RequestBody AreaWageDraft draft) {
        AreaType type = kind(kind);
        String key = type == AreaType.state ? stateCode(code) : metroKey(code);
        String occ = validOccupation(occupation, new ArrayList<>(), true);
        return service.saveWage(type, key, occ, draft).map(AreaController::response);
    }

    @DeleteMapping("/{kind}/{code}/wages/{occupation}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an occupation's figure for one year (scope salary.write)",
            description = "Query: dataYear and the version you read; a stale version gets 409.")
    public Mono<Void> deleteWage(@PathVariable String kind, @PathVariable String code, @PathVariable String occupation,
                                 @RequestParam(required = false) String dataYear,
                                 @RequestParam(required = false) String version) {
        AreaType type = kind(kind);
        String key = type == AreaType.state ? stateCode(code) : metroKey(code);
        String occ = validOccupation(occupation, new ArrayList<>(), true);
        List<FieldProblem> errors = new ArrayList<>();
        int year = QueryParameters.intParam("dataYear", dataYear == null ? "" : dataYear, 0, 1990, 2100, errors);
        int v = QueryParameters.intParam("version", version == null ? "" : version, 0, 0, Integer.MAX_VALUE, errors);
        QueryParameters.check(errors);
        return service.deleteWage(type, key, occ, year, v);
    }

    private static <T> ResponseEntity<T> response(AreaService.Saved<T> saved) {
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK).body(saved.value());
    }

    private static AreaType kind(String kind) {
        return switch (kind) {
            case "states" -> AreaType.state;
            case "metros" -> AreaType.metro;
            default -> throw new com.salaryguide.problem.NotFoundException("No area kind " + kind.substring(0,
                    Math.min(kind.length(), 20)) + "; use states or metros.");
        };
    }

    private static String stateCode(String code) {
        if (!STATE_CODE.matcher(code).matches()) {
            throw new InvalidRequestException("code", "must be a two-letter state code like CA");
        }
        return code.toUpperCase(Locale.ROOT);
    }

    private static String metroKey(String codeOrName) {
        List<FieldProblem> errors = new ArrayList<>();
        String key = QueryParameters.text("codeOrName", codeOrName, 200, errors);
        QueryParameters.check(errors);
        if (key == null || !(CBSA_CODE.matcher(key).matches() || key.chars().anyMatch(Character::isLetter))) {
            throw new InvalidRequestException("codeOrName", "must be a 5-digit CBSA code or a metro area name");
        }
        return key;
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
