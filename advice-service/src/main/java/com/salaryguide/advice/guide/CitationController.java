package com.salaryguide.advice.guide;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.salaryguide.problem.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.Explode;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

import static com.salaryguide.advice.web.ApiDocumentation.PROBLEM_JSON;
import static com.salaryguide.advice.web.ApiDocumentation.VALIDATION_PROBLEM;

/** HTTP layer for the occupations guides cite: parses and checks the SOC codes asked for, nothing more. */
@RestController
@RequestMapping("/api/v1/advice/citations")
public class CitationController {

    /** One question about the occupations of an import or a page, not a bulk export: the query string stays short. */
    static final int MAX_SOC_CODES = 50;
    private static final Pattern SOC_CODE = Pattern.compile(GuideDraft.SOC_CODE);

    private final GuideService service;

    public CitationController(GuideService service) {
        this.service = service;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listGuideCitations", tags = "Citations", summary = "Which guides cite which occupations",
            description = "Each classification a guide cites: its SOC code, the role the guide gives it (baseline or"
                    + " upper-bound) and the guide (slug, title, year), ordered by SOC code, then guide slug. Without"
                    + " socCode, every citation of every guide. Asked before an occupation's figures are removed and"
                    + " to link an occupation to the guides that cite it. 400 naming socCode when a code is malformed"
                    + " or more than " + MAX_SOC_CODES + " are given.")
    @ApiResponse(responseCode = "200", description = "The citations")
    @ApiResponse(responseCode = "400", description = "A malformed SOC code, an empty value or too many codes (errors"
            + " names socCode)", content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = VALIDATION_PROBLEM)))
    public Flux<Citation> citations(
            @RequestParam(name = "socCode", required = false)
            @Parameter(description = "SOC codes (like 15-2051), the parameter repeated or comma separated; at most "
                    + MAX_SOC_CODES + ". Leave out for all.", explode = Explode.TRUE,
                    array = @ArraySchema(schema = @Schema(type = "string", pattern = GuideDraft.SOC_CODE,
                            example = "15-2051"), maxItems = MAX_SOC_CODES))
            List<String> socCodes) {
        return service.citations(parse(socCodes));
    }

    /**
     * The distinct codes asked for; none when the parameter is left out. An empty value ({@code ?socCode=}) is an
     * error rather than "all": a client that joined an empty list of its own must not get every citation back.
     */
    static Set<String> parse(List<String> values) {
        Set<String> codes = new TreeSet<>();
        if (values == null) {
            return codes;
        }
        if (values.isEmpty()) {
            throw malformed();
        }
        for (String value : values) {
            for (String code : value.split(",", -1)) {
                if (!SOC_CODE.matcher(code.strip()).matches()) {
                    throw malformed();
                }
                codes.add(code.strip());
                if (codes.size() > MAX_SOC_CODES) {
                    throw new InvalidRequestException("socCode", "must list at most " + MAX_SOC_CODES + " SOC codes");
                }
            }
        }
        return codes;
    }

    private static InvalidRequestException malformed() {
        return new InvalidRequestException("socCode", "must be SOC codes like 15-2051, comma separated or repeated;"
                + " leave it out for all");
    }
}
