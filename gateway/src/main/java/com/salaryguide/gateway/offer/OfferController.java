package com.salaryguide.gateway.offer;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.salaryguide.gateway.downstream.DegradedAnswers;
import com.salaryguide.gateway.guide.GuideController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** Offer evaluation against a guide's own figures. */
@RestController
public class OfferController {

    private final OfferService service;
    private final DegradedAnswers degraded;

    public OfferController(OfferService service, DegradedAnswers degraded) {
        this.service = service;
        this.degraded = degraded;
    }

    /** The evaluation with, beside it, the parts a down service left out. */
    public record OfferEvaluationResponse(@JsonUnwrapped OfferEvaluator.Evaluation evaluation,
                                          List<String> unavailableSections) {
    }

    @PostMapping(path = "/api/v1/guides/{slug}/offer-evaluations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Where an offer stands in a guide",
            description = "Body {annualBase (required, whole dollars, 1..10,000,000), state (two-letter code),"
                    + " metro (name or CBSA code), yearsOfExperience (0..60)}; other fields are rejected."
                    + " percentileRank is linear interpolation between the published percentiles of each cited"
                    + " classification (null outside 10th..90th, position below/above). The experience level is the"
                    + " first whose year span covers yearsOfExperience. ratioToMean = annualBase / the guide's annual"
                    + " mean wage for the state or metro (3 decimals; null when the guide has no figure there). The"
                    + " counter starts at the higher of offer + 5% and the target band's midpoint and ends at the higher"
                    + " of the band's top and start + 5%, rounded to $1,000; the band is the level's base range, else the"
                    + " upper-bound classification's 50th-75th percentiles. Unknown state or metro: 400 naming it.",
            requestBody = @RequestBody(required = true))
    public Mono<OfferEvaluationResponse> evaluate(@PathVariable String slug,
                                                  @org.springframework.web.bind.annotation.RequestBody JsonNode body) {
        String valid = GuideController.validSlug(slug);
        OfferRequest offer = OfferRequest.from(body);
        return service.evaluate(valid, offer)
                .doOnNext(r -> degraded.offer(r.unavailableSections()))
                .map(r -> new OfferEvaluationResponse(r.evaluation(), r.unavailableSections()));
    }
}
