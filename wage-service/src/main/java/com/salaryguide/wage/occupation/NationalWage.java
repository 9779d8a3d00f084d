package com.salaryguide.wage.occupation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The national wage distribution of one occupation for one data year, with the citations it carries and the
 * version a hand edit must send back. A top-coded mean (BLS "#") holds the top code, a lower bound.
 */
public record NationalWage(String socCode, int dataYear, Integer employment, Integer annualMean,
                           boolean annualMeanTopCoded, BigDecimal hourlyMean, boolean hourlyMeanTopCoded,
                           List<Integer> sources, List<WagePercentile> percentiles, long version) {

    NationalWage withPercentiles(List<WagePercentile> all) {
        return new NationalWage(socCode, dataYear, employment, annualMean, annualMeanTopCoded, hourlyMean,
                hourlyMeanTopCoded, sources, all, version);
    }
}
