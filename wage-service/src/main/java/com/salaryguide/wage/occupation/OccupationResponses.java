package com.salaryguide.wage.occupation;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.salaryguide.ranking.PercentileRanking;

/** The JSON shapes served by the occupation endpoints. */
public final class OccupationResponses {

    private OccupationResponses() {
    }

    public record OccupationPage(List<Occupation> items, int page, int size, long totalItems, long totalPages) {
    }

    /**
     * {@code version} and {@code figuresVersion} are what a hand edit of the occupation or its figures sends back.
     * An occupation without figures says so with {@code dataYear: null} and {@code percentiles: []}, keys present,
     * so a client need not tell a missing key from a missing figure.
     */
    public record OccupationDetail(String socCode, String title,
                                   @JsonInclude(JsonInclude.Include.ALWAYS) Integer dataYear, Integer employment,
                                   Integer annualMean, BigDecimal hourlyMean, List<Percentile> percentiles,
                                   List<Integer> sources, ProjectedGrowth projectedGrowth, long version,
                                   Long figuresVersion) {
    }

    /** A top-coded figure is flagged and its amount is the top code, a lower bound ("at or above"). */
    public record Percentile(int percentile, Integer annual, BigDecimal hourly,
                             @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean annualTopCoded,
                             @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean hourlyTopCoded) {
        public static Percentile of(WagePercentile p) {
            return new Percentile(p.percentile(), p.annual(), p.hourly(), p.annualTopCoded(), p.hourlyTopCoded());
        }
    }

    public record ProjectedGrowth(BigDecimal percent, int fromYear, int toYear, List<Integer> sources) {
        static ProjectedGrowth of(EmploymentProjection p) {
            BigDecimal percent = p.percent().stripTrailingZeros();
            return new ProjectedGrowth(percent.setScale(Math.max(0, percent.scale())), p.fromYear(), p.toYear(),
                    p.sources());
        }
    }

    /** percentileRank is null (and serialized as null) outside the published 10th..90th range. */
    public record PercentileRank(String socCode, int dataYear, long annual,
                                 @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal percentileRank,
                                 PercentileRanking.Position position) {
    }
}
