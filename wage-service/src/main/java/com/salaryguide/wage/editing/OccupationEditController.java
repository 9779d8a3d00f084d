package com.salaryguide.wage.editing;

import java.util.ArrayList;
import java.util.List;

import com.salaryguide.problem.InvalidRequestException.FieldProblem;
import com.salaryguide.problem.QueryParameters;
import io.swagger.v3.oas.annotations.Operation;
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

/** HTTP layer for hand edits of occupations and their national figures: parses and validates, nothing more. */
@RestController
@RequestMapping("/api/v1/occupations")
public class OccupationEditController {

    static final int MIN_YEAR = 1997;
    static final int MAX_YEAR = 2100;

    private final OccupationEditService service;

    public OccupationEditController(OccupationEditService service) {
        this.service = service;
    }

    @PutMapping(path = "/{socCode}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create or rename an occupation (scope salary.write)",
            description = "Body {title, version}. Without version the occupation is created (201; 409 if the code"
                    + " exists); with the version read (GET .../{socCode} serves it) it is renamed (200; 409 if it"
                    + " changed since). Answers {socCode, title, version}.")
    public Mono<ResponseEntity<OccupationView>> saveOccupation(@PathVariable String socCode,
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
    public record OccupationView(String socCode, String title, long version) {
    }

    @DeleteMapping("/{socCode}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an occupation with all its figures (scope salary.write)",
            description = "Query: the version you read; a stale version gets 409.")
    public Mono<Void> deleteOccupation(@PathVariable String socCode, @RequestParam(required = false) String version) {
        String soc = validSocCode(socCode);
        return service.deleteOccupation(soc, version(version));
    }

    @GetMapping("/{socCode}/wages/{dataYear}")
    @Operation(summary = "One year's national figures of an occupation, with the version an edit sends back")
    public Mono<NationalFigures> figures(@PathVariable String socCode, @PathVariable String dataYear) {
        String soc = validSocCode(socCode);
        return service.figures(soc, year(dataYear));
    }

    @PutMapping(path = "/{socCode}/wages/{dataYear}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create or replace one year's national figures (scope salary.write)",
            description = "Body {employment, annualMean, hourlyMean, percentiles: [{percentile, annual, hourly}],"
                    + " sources, version}: percentiles among 10, 25, 50, 75, 90, each once, never falling as the"
                    + " percentile rises. Without version the figures are created (201; 409 if they exist); with the"
                    + " version read they replace the stored ones whole (200; 409 if they changed since). One"
                    + " transaction: a rejected write changes nothing. Answers the figures as stored.")
    public Mono<ResponseEntity<NationalFigures>> saveFigures(@PathVariable String socCode, @PathVariable String dataYear,
                                                             @RequestBody NationalFiguresDraft body) {
        String soc = validSocCode(socCode);
        int year = year(dataYear);
        return service.saveFigures(soc, year, body).map(saved -> ResponseEntity
                .status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK).body(saved.figures()));
    }

    @DeleteMapping("/{socCode}/wages/{dataYear}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete one year's national figures (scope salary.write)",
            description = "Query: the version you read; a stale version gets 409.")
    public Mono<Void> deleteFigures(@PathVariable String socCode, @PathVariable String dataYear,
                                    @RequestParam(required = false) String version) {
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
