package com.salaryguide.gateway.offer;

import java.math.BigDecimal;
import java.util.List;

import com.salaryguide.gateway.figures.Percentile;
import com.salaryguide.gateway.figures.Range;
import com.salaryguide.gateway.geography.Area;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Where an offer stands for an occupation in an area and nationally, what to counter with, and its total
 * compensation. {@code inArea} is null when its figures could not be read in time (named in unavailableSections)
 * or do not exist (named in dataGaps); for the nation it equals {@code national}.
 */
@Schema(name = "OfferEvaluation")
public record AreaOfferEvaluation(Occupation occupation, Area area, long annualBase, Integer yearsOfExperience,
                                  Standing inArea, Standing national, Range suggestedCounter,
                                  CounterBasis counterBasis, TotalCompensation totalCompensation,
                                  List<String> talkingPoints, List<String> unavailableSections,
                                  List<DataGap> dataGaps) {

    public record Occupation(String socCode, String title) {
    }

    /** The offer within one published distribution (BLS OEWS, May estimates of {@code dataYear}). */
    @Schema(name = "OfferStanding")
    public record Standing(String areaCode, int dataYear, @Schema(nullable = true) BigDecimal percentileRank,
                           @Schema(allowableValues = {"below", "within", "above"}) String position,
                           @Schema(nullable = true) Integer atOrAbovePercentile, List<Percentile> percentiles) {
    }

    /** Which distribution and which of its percentiles the counter was drawn from. */
    public record CounterBasis(String areaCode, int fromPercentile, int toPercentile) {
    }

    /** Base, bonus and equity per year, plus the signing bonus spread over 4 years (whole dollars, half up). */
    public record TotalCompensation(long annualBase, long bonus, long equityPerYear, long signingBonusPerYear,
                                    long total) {
    }

    /** Data the answer needed but BLS does not publish (e.g. the occupation in a small area). */
    @Schema(name = "OfferDataGap")
    public record DataGap(String section, String item, String detail) {
    }
}
