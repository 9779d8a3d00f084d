package com.salaryguide.gateway.geography;

import java.math.BigDecimal;
import java.util.List;

import com.salaryguide.gateway.figures.FigureStatus;

/** Areas of one kind ranked for an occupation (by annual mean or median wage), as geography-service ranks them. */
public record AreaRanking(String occupation, String areaType, Integer dataYear, String sort, int totalRanked,
                          List<Item> items) {

    public record Item(int rank, String code, String name, Integer annualMeanWage, FigureStatus annualMeanWageStatus,
                       Integer annualMedianWage, FigureStatus annualMedianWageStatus, int dataYear,
                       List<Integer> sources) {
    }

    /** Areas ranked by how concentrated the occupation is there (location quotient or jobs per 1,000). */
    public record Concentration(String occupation, Integer dataYear, String sort, int totalRanked,
                                List<ConcentrationItem> items) {
    }

    public record ConcentrationItem(int rank, String code, String areaType, String name, BigDecimal locationQuotient,
                                    BigDecimal jobsPer1000, Integer employment, Integer annualMeanWage) {
    }
}
