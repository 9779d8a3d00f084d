package com.salaryguide.gateway.wage;

import java.math.BigDecimal;
import java.util.List;

import com.salaryguide.gateway.figures.FigureStatus;
import com.salaryguide.gateway.figures.Percentile;

/** Every year of an occupation's national figures, newest first ({@code GET /api/v1/occupations/{soc}/wages}). */
public record WageHistory(String socCode, String title, List<Year> years) {

    public record Year(int dataYear, Integer employment, FigureStatus employmentStatus, Integer annualMeanWage,
                       FigureStatus annualMeanWageStatus, BigDecimal hourlyMeanWage,
                       FigureStatus hourlyMeanWageStatus, List<Percentile> percentiles, List<Integer> sources) {
    }
}
