package com.salaryguide.gateway.geography;

import java.math.BigDecimal;
import java.util.List;

import com.salaryguide.gateway.figures.FigureStatus;
import com.salaryguide.gateway.figures.Percentile;

/** One occupation's figures in one area for its latest data year, as geography-service serves them. */
public record AreaFigures(String occupation, Area area, int dataYear, Integer employment,
                          FigureStatus employmentStatus, BigDecimal jobsPer1000, FigureStatus jobsPer1000Status,
                          BigDecimal locationQuotient, FigureStatus locationQuotientStatus, Integer annualMeanWage,
                          FigureStatus annualMeanWageStatus, BigDecimal hourlyMeanWage,
                          FigureStatus hourlyMeanWageStatus, List<Percentile> percentiles, List<Integer> sources) {

    /** {@code GET /api/v1/geography/wages}: the pairs that have figures. */
    public record Batch(List<AreaFigures> items) {
    }
}
