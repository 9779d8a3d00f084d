package com.salaryguide.wage.occupation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.salaryguide.ranking.PercentileRanking;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * The JSON shapes served by the occupation endpoints. Every key is always present (null or [] when there is
 * nothing), whatever the service's default inclusion, so a client never has to tell a missing key from a missing
 * figure; each BLS figure comes with its {@link FigureStatus}.
 */
public final class OccupationResponses {

    private OccupationResponses() {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(description = "One page of occupations, ordered by SOC code.")
    public record OccupationPage(
            @Schema(requiredMode = REQUIRED, description = "The occupations on this page ([] past the last page).")
            List<OccupationSummary> items,
            @Schema(requiredMode = REQUIRED, description = "Zero-based page number.", example = "0") int page,
            @Schema(requiredMode = REQUIRED, description = "Page size asked for.", example = "20") int size,
            @Schema(requiredMode = REQUIRED, description = "Occupations matching the search.", example = "2")
            long totalItems,
            @Schema(requiredMode = REQUIRED, description = "Pages of this size.", example = "1") long totalPages) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(description = "An occupation as listed by a search.")
    public record OccupationSummary(
            @Schema(requiredMode = REQUIRED, description = "SOC code.", example = "15-2051") String socCode,
            @Schema(requiredMode = REQUIRED, description = "BLS title.", example = "Data Scientists") String title,
            @Schema(requiredMode = REQUIRED, nullable = true, description = "Data year of the occupation's latest"
                    + " national figures; null when it has none.", example = "2024") Integer dataYear) {
    }

    /**
     * {@code version} and {@code figuresVersion} are what a hand edit of the occupation or its figures sends back.
     * An occupation without figures has {@code dataYear}, every figure and {@code figuresVersion} null, every status
     * not-available and {@code percentiles: []}.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(description = "An occupation with its latest data year's national figures and its projected growth.")
    public record OccupationDetail(
            @Schema(requiredMode = REQUIRED, description = "SOC code.", example = "15-2051") String socCode,
            @Schema(requiredMode = REQUIRED, description = "BLS title.", example = "Data Scientists") String title,
            @Schema(requiredMode = REQUIRED, nullable = true, description = "Data year of the figures (the May"
                    + " reference year of the OEWS release); null when the occupation has no figures.",
                    example = "2024") Integer dataYear,
            @Schema(requiredMode = REQUIRED, nullable = true, description = "National employment; null when not"
                    + " available.", example = "192710") Integer employment,
            @Schema(requiredMode = REQUIRED) FigureStatus employmentStatus,
            @Schema(requiredMode = REQUIRED, nullable = true, description = "Annual mean wage in whole US dollars.",
                    example = "120440") Integer annualMeanWage,
            @Schema(requiredMode = REQUIRED) FigureStatus annualMeanWageStatus,
            @Schema(requiredMode = REQUIRED, nullable = true, description = "Hourly mean wage in US dollars, two"
                    + " decimals.", example = "57.91") BigDecimal hourlyMeanWage,
            @Schema(requiredMode = REQUIRED) FigureStatus hourlyMeanWageStatus,
            @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "The published 10th, 25th,"
                    + " 50th, 75th and 90th percentiles in that order; [] when the occupation has no figures."))
            List<Percentile> percentiles,
            @Schema(requiredMode = REQUIRED, nullable = true, description = "The latest employment projection; null"
                    + " when none is known.") ProjectedGrowth projectedGrowth,
            @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "Citation ids of the guide"
                    + " sources the figures are taken from; [] when none."), schema = @Schema(example = "1"))
            List<Integer> sources,
            @Schema(requiredMode = REQUIRED, description = "The occupation's version, sent back by a rename or"
                    + " delete.", example = "0") long version,
            @Schema(requiredMode = REQUIRED, nullable = true, description = "The version of these figures, sent"
                    + " back by an edit of them; null when the occupation has no figures.", example = "0")
            Long figuresVersion) {

        static OccupationDetail of(Occupation occupation, long version, NationalWage wage,
                                   EmploymentProjection projection) {
            ProjectedGrowth growth = projection == null ? null : ProjectedGrowth.of(projection);
            if (wage == null) {
                return new OccupationDetail(occupation.socCode(), occupation.title(), null, null,
                        FigureStatus.NOT_AVAILABLE, null, FigureStatus.NOT_AVAILABLE, null, FigureStatus.NOT_AVAILABLE,
                        List.of(), growth, List.of(), version, null);
            }
            return new OccupationDetail(occupation.socCode(), occupation.title(), wage.dataYear(), wage.employment(),
                    FigureStatus.of(wage.employment(), false), wage.annualMean(),
                    FigureStatus.of(wage.annualMean(), wage.annualMeanTopCoded()), twoDecimals(wage.hourlyMean()),
                    FigureStatus.of(wage.hourlyMean(), wage.hourlyMeanTopCoded()), Percentile.all(wage), growth,
                    wage.sources(), version, wage.version());
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "NationalPercentile", description = "One published percentile. A top-coded figure's value is the"
            + " release's top code (BLS published only 'at least' that); a not-available one is null.")
    public record Percentile(
            @Schema(requiredMode = REQUIRED, description = "Which percentile: 10, 25, 50 (the median), 75 or 90.",
                    example = "10") int percentile,
            @Schema(requiredMode = REQUIRED, nullable = true, description = "Annual wage in whole US dollars.",
                    example = "63650") Integer annual,
            @Schema(requiredMode = REQUIRED, nullable = true, description = "Hourly wage in US dollars, two decimals.",
                    example = "30.60") BigDecimal hourly,
            @Schema(requiredMode = REQUIRED) FigureStatus annualStatus,
            @Schema(requiredMode = REQUIRED) FigureStatus hourlyStatus) {

        public static Percentile of(WagePercentile p) {
            return new Percentile(p.percentile(), p.annual(), twoDecimals(p.hourly()),
                    FigureStatus.of(p.annual(), p.annualTopCoded()), FigureStatus.of(p.hourly(), p.hourlyTopCoded()));
        }

        public static List<Percentile> all(NationalWage wage) {
            return wage.percentiles().stream().map(Percentile::of).toList();
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(description = "Projected employment growth over a period.")
    public record ProjectedGrowth(
            @Schema(requiredMode = REQUIRED, description = "Growth in percent (34 is 34 %).", example = "34")
            BigDecimal percent,
            @Schema(requiredMode = REQUIRED, example = "2024") int fromYear,
            @Schema(requiredMode = REQUIRED, example = "2034") int toYear,
            @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "Citation ids of the guide"
                    + " sources the projection is taken from; [] when none."), schema = @Schema(example = "2"))
            List<Integer> sources) {

        static ProjectedGrowth of(EmploymentProjection p) {
            BigDecimal percent = p.percent().stripTrailingZeros();
            return new ProjectedGrowth(percent.setScale(Math.max(0, percent.scale())), p.fromYear(), p.toYear(),
                    p.sources());
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(description = "Every imported or edited data year of an occupation's national figures, newest first."
            + " Each year is that release's estimate: years are not a consistent time series (BLS changes methods"
            + " and classifications between releases).")
    public record WageHistory(
            @Schema(requiredMode = REQUIRED, description = "SOC code.", example = "15-2051") String socCode,
            @Schema(requiredMode = REQUIRED, description = "BLS title.", example = "Data Scientists") String title,
            @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "One entry per data year,"
                    + " newest first; [] when the occupation has no figures.")) List<WageYear> years) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(description = "One data year's national figures of an occupation.")
    public record WageYear(
            @Schema(requiredMode = REQUIRED, description = "Data year (the May reference year of the OEWS release).",
                    example = "2024") int dataYear,
            @Schema(requiredMode = REQUIRED, nullable = true, description = "National employment.",
                    example = "192710") Integer employment,
            @Schema(requiredMode = REQUIRED) FigureStatus employmentStatus,
            @Schema(requiredMode = REQUIRED, nullable = true, description = "Annual mean wage in whole US dollars.",
                    example = "120440") Integer annualMeanWage,
            @Schema(requiredMode = REQUIRED) FigureStatus annualMeanWageStatus,
            @Schema(requiredMode = REQUIRED, nullable = true, description = "Hourly mean wage in US dollars, two"
                    + " decimals.", example = "57.91") BigDecimal hourlyMeanWage,
            @Schema(requiredMode = REQUIRED) FigureStatus hourlyMeanWageStatus,
            @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "The 10th, 25th, 50th, 75th"
                    + " and 90th percentiles in that order.")) List<Percentile> percentiles,
            @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "Citation ids of the guide"
                    + " sources these figures are taken from; [] when none."), schema = @Schema(example = "1"))
            List<Integer> sources) {

        static WageYear of(NationalWage wage) {
            return new WageYear(wage.dataYear(), wage.employment(), FigureStatus.of(wage.employment(), false),
                    wage.annualMean(), FigureStatus.of(wage.annualMean(), wage.annualMeanTopCoded()),
                    twoDecimals(wage.hourlyMean()), FigureStatus.of(wage.hourlyMean(), wage.hourlyMeanTopCoded()),
                    Percentile.all(wage), wage.sources());
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(description = "Where an annual salary stands in the latest national distribution.")
    public record PercentileRank(
            @Schema(requiredMode = REQUIRED, description = "SOC code.", example = "15-2051") String socCode,
            @Schema(requiredMode = REQUIRED, description = "Data year of the distribution ranked against.",
                    example = "2024") int dataYear,
            @Schema(requiredMode = REQUIRED, description = "The salary ranked, whole US dollars a year.",
                    example = "150000") long annual,
            @Schema(requiredMode = REQUIRED, nullable = true, description = "Percentile rank, one decimal; null"
                    + " outside the published 10th..90th range, and where only a top-coded or unpublished"
                    + " percentile could place the salary.", example = "71.6") BigDecimal percentileRank,
            @Schema(requiredMode = REQUIRED, description = "Where the salary falls against the published range.")
            PercentileRanking.Position position) {
    }

    /** BLS hourly figures are cents: served with exactly two decimals (30.60, never 30.6). */
    public static BigDecimal twoDecimals(BigDecimal hourly) {
        return hourly == null ? null : hourly.setScale(2, RoundingMode.HALF_UP);
    }
}
