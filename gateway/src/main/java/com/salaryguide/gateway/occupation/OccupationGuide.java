package com.salaryguide.gateway.occupation;

import java.math.BigDecimal;
import java.util.List;

import com.salaryguide.gateway.figures.FigureStatus;
import com.salaryguide.gateway.figures.Percentile;
import com.salaryguide.gateway.figures.ProjectedGrowth;
import com.salaryguide.gateway.geography.Area;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A data guide for any occupation wage-service knows, assembled from imported BLS OEWS figures. Every key is always
 * present (docs/api-style.md): a section whose service could not answer is null and named in
 * {@code unavailableSections}; data BLS does not publish is named in {@code dataGaps}.
 */
@Schema(name = "OccupationGuide", description = "A data guide for one occupation from imported BLS OEWS figures.")
public record OccupationGuide(String socCode, String title,
                              @Schema(description = "The BLS OEWS release of the national figures (May estimates)",
                                      nullable = true) Integer dataYear,
                              @Schema(description = "The area asked for with ?area=, or null", nullable = true)
                              Area area,
                              Figures national,
                              @Schema(description = "The occupation's figures in the area asked for", nullable = true)
                              AreaFigures inArea,
                              @Schema(nullable = true) ProjectedGrowth projectedGrowth,
                              Rankings topStates, Rankings topMetros,
                              @Schema(description = "Areas where the occupation is most concentrated (location"
                                      + " quotient: its share of jobs there over its share nationally)")
                              List<ConcentratedArea> mostConcentrated,
                              MedianHistory medianByYear,
                              @Schema(description = "Editorial guides that cite this occupation")
                              List<EditorialGuide> editorialGuides,
                              List<String> unavailableSections, List<DataGap> dataGaps) {

    /** National figures of one BLS release. */
    @Schema(name = "OccupationFigures")
    public record Figures(int dataYear, Integer employment, FigureStatus employmentStatus, Integer annualMeanWage,
                          FigureStatus annualMeanWageStatus, BigDecimal hourlyMeanWage,
                          FigureStatus hourlyMeanWageStatus, List<Percentile> percentiles) {
    }

    /** The occupation's figures in one area. */
    @Schema(name = "OccupationAreaFigures")
    public record AreaFigures(Area area, int dataYear, Integer employment, FigureStatus employmentStatus,
                              BigDecimal jobsPer1000, FigureStatus jobsPer1000Status, BigDecimal locationQuotient,
                              FigureStatus locationQuotientStatus, Integer annualMeanWage,
                              FigureStatus annualMeanWageStatus, BigDecimal hourlyMeanWage,
                              FigureStatus hourlyMeanWageStatus, List<Percentile> percentiles) {
    }

    /** The top areas of one kind, ranked by annual mean wage and, separately, by annual median wage. */
    public record Rankings(@Schema(nullable = true) Integer dataYear, List<RankedArea> byAnnualMean,
                           List<RankedArea> byAnnualMedian) {
    }

    public record RankedArea(int rank, String code, String name, Integer annualMeanWage,
                             FigureStatus annualMeanWageStatus, Integer annualMedianWage,
                             FigureStatus annualMedianWageStatus) {
    }

    public record ConcentratedArea(int rank, String code, String areaType, String name, BigDecimal locationQuotient,
                                   BigDecimal jobsPer1000, Integer employment, Integer annualMeanWage) {
    }

    /**
     * The national median in each imported BLS release. Each year is that release's estimate; survey methods and
     * occupation definitions change between releases, so the list is not a time series.
     */
    public record MedianHistory(String note, List<YearMedian> items) {
    }

    public record YearMedian(int dataYear, Integer annualMedianWage, FigureStatus annualMedianWageStatus,
                             BigDecimal hourlyMedianWage, FigureStatus hourlyMedianWageStatus) {
    }

    /** An editorial guide citing the occupation, its role there, and where to read it. */
    public record EditorialGuide(String slug, String title, int year, String role, String href) {
    }

    /** Data the guide would show but BLS does not publish (e.g. the occupation in the area asked for). */
    @Schema(name = "OccupationDataGap")
    public record DataGap(String section, String item, String detail) {
    }
}
