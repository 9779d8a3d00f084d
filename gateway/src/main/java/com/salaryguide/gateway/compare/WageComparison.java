package com.salaryguide.gateway.compare;

import java.math.BigDecimal;
import java.util.List;

import com.salaryguide.gateway.figures.FigureStatus;
import com.salaryguide.gateway.geography.Area;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Occupations by areas: one row per occupation (in the order asked), one cell per area (in the order asked). A cell
 * with no published figures says so ({@code status} {@code no-data}, every figure null and not-available); one whose
 * figures could not be read in time says {@code unavailable} (and the section is named in unavailableSections).
 */
@Schema(name = "WageComparison")
public record WageComparison(List<Occupation> occupations, List<Area> areas, List<Row> rows,
                             List<String> unavailableSections) {

    public record Occupation(String socCode, String title) {
    }

    public record Row(String socCode, List<Cell> cells) {
    }

    /** One occupation in one area: its latest BLS figures (May estimates of {@code dataYear}). */
    @Schema(name = "WageComparisonCell")
    public record Cell(String areaCode,
                       @Schema(allowableValues = {"data", "no-data", "unavailable"}) String status,
                       @Schema(nullable = true) Integer dataYear,
                       Integer annualMedianWage, FigureStatus annualMedianWageStatus,
                       Integer annualMeanWage, FigureStatus annualMeanWageStatus,
                       Integer annualP10Wage, FigureStatus annualP10WageStatus,
                       Integer annualP90Wage, FigureStatus annualP90WageStatus,
                       Integer employment, FigureStatus employmentStatus,
                       BigDecimal locationQuotient, FigureStatus locationQuotientStatus) {
    }
}
