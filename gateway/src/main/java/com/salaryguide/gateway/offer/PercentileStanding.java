package com.salaryguide.gateway.offer;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import com.salaryguide.gateway.figures.FigureStatus;
import com.salaryguide.gateway.figures.Percentile;
import com.salaryguide.ranking.PercentileRanking;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Where an annual amount stands in a published distribution, by the contract's interpolation (the one function
 * wage-service's percentile-rank endpoint uses too). Honours what BLS did not publish: a rank is never made up
 * where only a top-coded or missing percentile could place the amount. {@code atOrAbovePercentile} names the
 * percentile whose published cap the amount reaches ("at or above the 90th"), when that is all that can be said.
 */
@Schema(description = "percentileRank: linear interpolation between published percentiles (one decimal); null below"
        + " the 10th, above the 90th, or where only a top-coded or unpublished percentile could place the amount."
        + " position: below, within or above the published range. atOrAbovePercentile: the percentile whose top-coded"
        + " cap the amount reaches, when that is all BLS publishes.")
public record PercentileStanding(@Schema(nullable = true, example = "71.6") BigDecimal percentileRank,
                                 @Schema(allowableValues = {"below", "within", "above"}) String position,
                                 @Schema(nullable = true) Integer atOrAbovePercentile) {

    /** Null when the distribution has no exact annual figure at all (nothing to rank against). */
    static PercentileStanding of(long annual, List<Percentile> distribution) {
        List<PercentileRanking.Point> points = distribution.stream()
                .map(p -> new PercentileRanking.Point(p.percentile(), p.annual(),
                        p.annualStatus() == FigureStatus.TOP_CODED))
                .toList();
        if (points.stream().noneMatch(PercentileRanking.Point::exact)) {
            return null;
        }
        PercentileRanking.Result result = PercentileRanking.rank(annual, points);
        Integer cap = distribution.stream()
                .filter(p -> p.annualStatus() == FigureStatus.TOP_CODED && p.annual() != null && annual >= p.annual())
                .map(Percentile::percentile).max(Comparator.naturalOrder()).orElse(null);
        return new PercentileStanding(result.percentileRank(), result.position().name(), cap);
    }
}
