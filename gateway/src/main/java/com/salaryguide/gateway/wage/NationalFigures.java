package com.salaryguide.gateway.wage;

import java.math.BigDecimal;
import java.util.List;

import com.salaryguide.gateway.figures.FigureStatus;
import com.salaryguide.gateway.figures.Percentile;
import com.salaryguide.gateway.figures.ProjectedGrowth;

/**
 * An occupation with its latest national figures, as wage-service serves it ({@code GET /api/v1/occupations/{soc}}).
 * {@code dataYear} is null and {@code percentiles} empty when wage-service holds no figures for it.
 */
public record NationalFigures(String socCode, String title, Integer dataYear, Integer employment,
                              FigureStatus employmentStatus, Integer annualMeanWage, FigureStatus annualMeanWageStatus,
                              BigDecimal hourlyMeanWage, FigureStatus hourlyMeanWageStatus,
                              List<Percentile> percentiles, ProjectedGrowth projectedGrowth, List<Integer> sources) {

    public boolean hasFigures() {
        return dataYear != null && !percentiles.isEmpty();
    }
}
