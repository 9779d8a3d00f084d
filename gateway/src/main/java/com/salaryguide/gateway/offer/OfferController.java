package com.salaryguide.gateway.offer;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.salaryguide.gateway.downstream.DegradedAnswers;
import com.salaryguide.gateway.guide.GuideController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Offer evaluations: against an editorial guide's own figures, and against BLS figures for any occupation and area. */
@RestController
@Tag(name = "Offer evaluations", description = "Where an offer stands and what to counter with (computed, nothing is"
        + " stored; open to anonymous clients)")
public class OfferController {

    private final GuideOfferService guideOffers;
    private final AreaOfferService areaOffers;
    private final DegradedAnswers degraded;

    public OfferController(GuideOfferService guideOffers, AreaOfferService areaOffers, DegradedAnswers degraded) {
        this.guideOffers = guideOffers;
        this.areaOffers = areaOffers;
        this.degraded = degraded;
    }

    /** The evaluation with, beside it, the parts a down service left out. */
    @Schema(name = "GuideOfferEvaluationResponse")
    public record GuideOfferResponse(@JsonUnwrapped OfferEvaluator.Evaluation evaluation,
                                     List<String> unavailableSections) {
    }

    @PostMapping(path = "/api/v1/guides/{slug}/offer-evaluations", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "evaluateGuideOffer", summary = "Where an offer stands in an editorial guide",
            description = "percentileRank is linear interpolation between the published percentiles of each cited"
                    + " classification (null outside 10th..90th, position below/above). The experience level is the"
                    + " first whose year span covers yearsOfExperience. ratioToMean = annualBase / the annual mean"
                    + " wage for the state or metro (3 decimals): the guide's own figure, else BLS's for one of the"
                    + " guide's classifications (basis says which), else null. The counter comes from the level's"
                    + " base band, else from the next published percentile band above the offer in the upper-bound"
                    + " classification; an offer already at the top of its band, or at the 90th percentile, gets"
                    + " none (null). Unknown state or metro: 400 naming it; when the area service cannot say, 503.")
    public Mono<GuideOfferResponse> evaluate(@PathVariable String slug, @Valid @RequestBody GuideOfferRequest offer) {
        return guideOffers.evaluate(GuideController.validSlug(slug), offer)
                .doOnNext(r -> degraded.offer(r.unavailableSections()))
                .map(r -> new GuideOfferResponse(r.evaluation(), r.unavailableSections()));
    }

    @PostMapping(path = "/api/v1/offer-evaluations", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "evaluateOffer", summary = "Where an offer stands for any occupation, in any area",
            description = "Ranks annualBase within the area's published distribution for the occupation and within"
                    + " the national one (the same interpolation as the guide's offer evaluation; where BLS publishes"
                    + " only a top-coded cap, atOrAbovePercentile says which percentile the offer reaches instead of"
                    + " a made-up rank). The counter is the next published percentile band above the offer in the"
                    + " area's distribution (the national one when the area has none), rounded to $1,000; none at or"
                    + " above the 90th. totalCompensation adds bonus, equityPerYear and the signing bonus spread over"
                    + " 4 years. area: a state's USPS code, a CBSA or nonmetropolitan area code, an area's exact BLS"
                    + " title, a territory's code, or US (the default). Unknown occupation or area: 400 naming it;"
                    + " when a service needed to check them cannot answer, 503.")
    public Mono<AreaOfferEvaluation> evaluate(@Valid @RequestBody OfferEvaluationRequest offer) {
        return areaOffers.evaluate(offer).doOnNext(r -> degraded.offer(r.unavailableSections()));
    }
}
