package com.salaryguide.geography.area;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON shapes served by the area endpoints. Every key is always present: null or [] when there is nothing. */
public final class AreaResponses {

    private AreaResponses() {
    }

    /** An area as such, without figures. */
    @Schema(name = "Area", description = "An area: a state, territory, metropolitan or nonmetropolitan area.")
    public record AreaView(
            @Schema(example = "12420", description = "USPS code (state, territory), CBSA code (metro) or BLS code"
                    + " (nonmetro, e.g. 2600004)") String code,
            @Schema(example = "metro") AreaType areaType,
            @Schema(example = "Austin-Round Rock-San Marcos, TX") String name,
            @Schema(example = "TX", nullable = true, description = "USPS code of the state the area lies in (a"
                    + " metro's primary state); null only for a metro named by hand without one") String state) {

        static AreaView of(Area a) {
            return new AreaView(a.code(), a.areaType(), a.name(), a.state());
        }
    }

    @Schema(name = "AreaPercentile", description = "One percentile of the area's wage distribution: annual in whole"
            + " US dollars, hourly with two decimals, each with its status.")
    public record AreaPercentile(@Schema(example = "50", description = "10, 25, 50, 75 or 90") int percentile,
                                 @Schema(example = "112590", nullable = true) Integer annual,
                                 @Schema(example = "54.13", types = {"number", "null"})
                                 BigDecimal hourly,
                                 FigureStatus annualStatus, FigureStatus hourlyStatus) {

        static AreaPercentile of(AreaWage.Percentile p) {
            return new AreaPercentile(p.percentile(), p.annual(), p.hourly(),
                    FigureStatus.of(p.annual(), p.annualTopCoded()), FigureStatus.of(p.hourly(), p.hourlyTopCoded()));
        }

        /** The five percentiles of BLS figures; none for a guide's own figures that have only a mean. */
        static List<AreaPercentile> of(AreaWage w) {
            return !w.fromBls() && !w.hasPercentiles() ? List.of()
                    : w.percentiles().stream().map(AreaPercentile::of).toList();
        }
    }

    /** One occupation's figures in one area for its latest data year. */
    @Schema(name = "AreaFigures", description = "An occupation's figures in one area for one data year, each BLS"
            + " figure with its status.")
    public record AreaFigures(
            @Schema(example = "15-1252", description = "SOC code, or a guide's slug for the guide's own figures")
            String occupation,
            AreaView area,
            @Schema(example = "2024", description = "BLS reference year; for a guide's own figures, the guide's"
                    + " edition year") int dataYear,
            @Schema(example = "13650", nullable = true) Integer employment,
            FigureStatus employmentStatus,
            @Schema(example = "1.234", types = {"number", "null"},
                    description = "jobs in the occupation per 1,000 jobs in the area") BigDecimal jobsPer1000,
            FigureStatus jobsPer1000Status,
            @Schema(example = "1.42", types = {"number", "null"},
                    description = "the occupation's share of the area's jobs over its share of the nation's")
            BigDecimal locationQuotient,
            FigureStatus locationQuotientStatus,
            @Schema(example = "113480", nullable = true) Integer annualMeanWage,
            FigureStatus annualMeanWageStatus,
            @Schema(example = "54.56", types = {"number", "null"}) BigDecimal hourlyMeanWage,
            FigureStatus hourlyMeanWageStatus,
            @Schema(description = "the 10th, 25th, 50th, 75th and 90th percentiles for BLS figures; [] for a guide's"
                    + " own figures that have only a mean") List<AreaPercentile> percentiles,
            @Schema(example = "[]", description = "ids of the guide sources the figures are taken from")
            List<Integer> sources,
            @Schema(example = "0", description = "send it back to change or delete the figures") long version) {

        static AreaFigures of(AreaWage w) {
            return new AreaFigures(w.occupation(), AreaView.of(w.area()), w.dataYear(),
                    w.employment(), FigureStatus.of(w.employment(), false),
                    w.jobsPer1000(), FigureStatus.of(w.jobsPer1000(), false),
                    w.locationQuotient(), FigureStatus.of(w.locationQuotient(), false),
                    w.annualMean(), FigureStatus.of(w.annualMean(), w.annualMeanTopCoded()),
                    w.hourlyMean(), FigureStatus.of(w.hourlyMean(), w.hourlyMeanTopCoded()),
                    AreaPercentile.of(w), sourceIds(w), w.version());
        }
    }

    @Schema(name = "AreaFiguresList", description = "One entry per (occupation, area) pair that has figures, in the"
            + " order asked (occupations, then areas).")
    public record AreaFiguresList(List<AreaFigures> items) {
    }

    /** One area's figures with its rank by annual mean wage among the areas of its kind. */
    @Schema(name = "RankedAreaFigures", description = "An occupation's figures in one area with the area's rank by"
            + " annual mean wage among areas of its kind (same data year).")
    public record RankedAreaFigures(
            @Schema(example = "4", nullable = true, description = "null when the area has no annual mean")
            Integer rank,
            @Schema(example = "15-1252") String occupation,
            AreaView area,
            @Schema(example = "2024") int dataYear,
            @Schema(example = "13650", nullable = true) Integer employment,
            FigureStatus employmentStatus,
            @Schema(example = "1.234", types = {"number", "null"}) BigDecimal jobsPer1000,
            FigureStatus jobsPer1000Status,
            @Schema(example = "1.42", types = {"number", "null"}) BigDecimal locationQuotient,
            FigureStatus locationQuotientStatus,
            @Schema(example = "113480", nullable = true) Integer annualMeanWage,
            FigureStatus annualMeanWageStatus,
            @Schema(example = "54.56", types = {"number", "null"}) BigDecimal hourlyMeanWage,
            FigureStatus hourlyMeanWageStatus,
            List<AreaPercentile> percentiles,
            @Schema(example = "[6]") List<Integer> sources,
            @Schema(example = "0") long version) {

        static RankedAreaFigures of(Integer rank, AreaWage w) {
            AreaFigures f = AreaFigures.of(w);
            return new RankedAreaFigures(rank, f.occupation(), f.area(), f.dataYear(), f.employment(),
                    f.employmentStatus(), f.jobsPer1000(), f.jobsPer1000Status(), f.locationQuotient(),
                    f.locationQuotientStatus(), f.annualMeanWage(), f.annualMeanWageStatus(), f.hourlyMeanWage(),
                    f.hourlyMeanWageStatus(), f.percentiles(), f.sources(), f.version());
        }
    }

    @Schema(name = "WageRanking", description = "Areas of one kind ranked by annual mean or median wage, highest"
            + " first; ties share a rank and are ordered by name.")
    public record WageRanking(@Schema(example = "15-1252") String occupation,
                              @Schema(example = "state") AreaType areaType,
                              @Schema(example = "2024") int dataYear,
                              @Schema(example = "annualMeanWage") WageSort sort,
                              @Schema(example = "51", description = "how many areas have a value for the sort key")
                              int totalRanked,
                              List<RankedWage> items) {
    }

    @Schema(name = "RankedWage", description = "One ranked area; a top-coded value ranks at its cap.")
    public record RankedWage(@Schema(example = "1") int rank,
                             @Schema(example = "CA") String code,
                             @Schema(example = "California") String name,
                             @Schema(example = "158400", nullable = true) Integer annualMeanWage,
                             FigureStatus annualMeanWageStatus,
                             @Schema(example = "147530", nullable = true) Integer annualMedianWage,
                             FigureStatus annualMedianWageStatus,
                             @Schema(example = "2024") int dataYear,
                             @Schema(example = "[6]") List<Integer> sources,
                             @Schema(example = "0") long version) {

        static RankedWage of(int rank, AreaWage w) {
            AreaWage.Percentile median = w.median();
            return new RankedWage(rank, w.area().code(), w.area().name(),
                    w.annualMean(), FigureStatus.of(w.annualMean(), w.annualMeanTopCoded()),
                    median.annual(), FigureStatus.of(median.annual(), median.annualTopCoded()),
                    w.dataYear(), sourceIds(w), w.version());
        }
    }

    @Schema(name = "ConcentrationRanking", description = "Areas where an occupation is most concentrated, by"
            + " location quotient or jobs per 1,000 jobs, highest first; ties share a rank and are ordered by name.")
    public record ConcentrationRanking(@Schema(example = "15-1252") String occupation,
                                       @Schema(example = "2024") int dataYear,
                                       @Schema(example = "locationQuotient") ConcentrationSort sort,
                                       @Schema(example = "412", description = "how many areas have a reported value"
                                               + " for the sort key") int totalRanked,
                                       List<ConcentratedArea> items) {
    }

    @Schema(name = "ConcentratedArea", description = "One area ranked by concentration.")
    public record ConcentratedArea(@Schema(example = "1") int rank,
                                   @Schema(example = "41940") String code,
                                   @Schema(example = "metro") AreaType areaType,
                                   @Schema(example = "San Jose-Sunnyvale-Santa Clara, CA") String name,
                                   @Schema(example = "3.85", types = {"number", "null"})
                                   BigDecimal locationQuotient,
                                   @Schema(example = "25.112", types = {"number", "null"})
                                   BigDecimal jobsPer1000,
                                   @Schema(example = "28430", nullable = true) Integer employment,
                                   @Schema(example = "201450", nullable = true) Integer annualMeanWage) {

        static ConcentratedArea of(int rank, AreaWage w) {
            return new ConcentratedArea(rank, w.area().code(), w.area().areaType(), w.area().name(),
                    w.locationQuotient(), w.jobsPer1000(), w.employment(), w.annualMean());
        }
    }

    private static List<Integer> sourceIds(AreaWage w) {
        return w.sourceId() == null ? List.of() : List.of(w.sourceId());
    }
}
