package com.salaryguide.gateway.occupation;

import java.util.regex.Pattern;

import com.salaryguide.gateway.downstream.DegradedAnswers;
import com.salaryguide.problem.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Data guides for any occupation, from imported BLS OEWS figures. */
@RestController
@Tag(name = "Guides")
public class OccupationGuideController {

    static final Pattern SOC = Pattern.compile("\\d{2}-\\d{4}");

    private final OccupationGuideAssembler assembler;
    private final DegradedAnswers degraded;

    public OccupationGuideController(OccupationGuideAssembler assembler, DegradedAnswers degraded) {
        this.assembler = assembler;
        this.degraded = degraded;
    }

    @GetMapping(path = "/api/v1/guides/occupations/{soc}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getOccupationGuide", summary = "A data guide for any occupation",
            description = "National figures (each with its status: reported, top-coded at the release's cap, or"
                    + " not-available), projected growth where known, the top 10 states and metros ranked by annual"
                    + " mean and by annual median, the most concentrated areas (location quotient, jobs per 1,000),"
                    + " the national median of every imported release (separate estimates, not a time series), and"
                    + " the editorial guides citing the occupation. With ?area= (a state's USPS code, a CBSA or"
                    + " nonmetropolitan area code, an area's exact BLS title, a territory's code, or US) also the"
                    + " occupation's figures there. A section whose service does not answer in time is null and named"
                    + " in unavailableSections. Unknown SOC code: 404; unknown area: 400.")
    public Mono<OccupationGuide> guide(
            @PathVariable @Parameter(example = "15-1252", schema = @Schema(pattern = "\\d{2}-\\d{4}")) String soc,
            @RequestParam(required = false) @Parameter(example = "TX",
                    schema = @Schema(maxLength = 200)) String area) {
        if (!SOC.matcher(soc).matches()) {
            throw new InvalidRequestException("soc", "must be a SOC code like 15-1252");
        }
        if (area != null && (area.isBlank() || area.length() > 200 || area.chars().anyMatch(Character::isISOControl))) {
            throw new InvalidRequestException("area", "must be an area code or name, at most 200 printable"
                    + " characters");
        }
        return assembler.guide(soc, area).doOnNext(g -> degraded.occupationGuide(g.unavailableSections()));
    }
}
